-- Idempotency keys of the diary's POST and PUT routes (issue #15). The same in both vendors' V3 but
-- for the id column. A retried request with the same key from the same person gets the stored
-- answer instead of writing again; fingerprint is the SHA-256 of the method, path and body, so the
-- same key with another request is refused. Rows older than 24 hours are deleted as new ones arrive.
CREATE TABLE idempotency_key (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    idem_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status INTEGER NOT NULL,
    content_type TEXT,
    location TEXT,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (person_id, idem_key)
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
