-- Issue #19 (security review). The same tables and columns exist in the other vendor's V2.
--
-- throttle: one counter per key and fixed window, raised with one atomic upsert, so parallel
-- attempts cannot all pass a check made before any of them is recorded. Keys:
-- 'signin-pair:<sha-256 of e-mail>|<address>', 'signin-address:<address>',
-- 'signin-account:<sha-256 of e-mail>', 'signup-address:<address>'.
DROP TABLE login_failure;
CREATE TABLE throttle (
    throttle_key TEXT PRIMARY KEY,
    window_start BIGINT NOT NULL,
    hits INTEGER NOT NULL
);
CREATE INDEX throttle_window ON throttle (window_start);

-- server_key: random secrets made once at first start and shared by every server on the database
-- (the CSRF key, the password pepper). Never exported, never logged.
CREATE TABLE server_key (
    name TEXT PRIMARY KEY,
    secret TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

-- Sessions end after an idle time as well as after their absolute lifetime.
ALTER TABLE session ADD COLUMN last_seen_at BIGINT NOT NULL DEFAULT 0;
UPDATE session SET last_seen_at = created_at;

-- API tokens expire; tokens made before this version expire 90 days after the upgrade.
ALTER TABLE api_token ADD COLUMN expires_at BIGINT NOT NULL DEFAULT 0;
UPDATE api_token SET expires_at = CAST(EXTRACT(EPOCH FROM now()) * 1000 AS BIGINT) + 90 * 86400000::BIGINT;
