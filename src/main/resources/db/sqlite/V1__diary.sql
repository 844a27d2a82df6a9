-- CrampCare diary schema, version 1. The same tables and columns exist in the other vendor's V1;
-- only the id column type differs (SQLite: INTEGER PRIMARY KEY AUTOINCREMENT; PostgreSQL: IDENTITY).
-- Times are epoch milliseconds (BIGINT) and local dates ISO text (YYYY-MM-DD), so that the same SQL
-- and the same comparisons run on SQLite and PostgreSQL.
-- List columns of closed vocabularies are stored as ",calf,foot," (filter with LIKE '%,calf,%');
-- relief as ",stretch=2,heat=1,".

CREATE TABLE person (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    password_changed_at BIGINT NOT NULL
);

CREATE TABLE session (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX session_person ON session (person_id);

CREATE TABLE api_token (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT
);
CREATE INDEX api_token_person ON api_token (person_id);

-- One row per failed sign-in; throttle_key is 'account:<sha-256 of e-mail>' or 'address:<ip>'.
CREATE TABLE login_failure (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    throttle_key TEXT NOT NULL,
    failed_at BIGINT NOT NULL
);
CREATE INDEX login_failure_key ON login_failure (throttle_key, failed_at);

CREATE TABLE cramp (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    occurred_at BIGINT NOT NULL,
    zone TEXT NOT NULL,
    local_date TEXT NOT NULL,
    local_minute INTEGER NOT NULL CHECK (local_minute BETWEEN 0 AND 1439),
    muscles TEXT NOT NULL,
    side TEXT CHECK (side IN ('left', 'right', 'both', 'none')),
    duration_seconds INTEGER CHECK (duration_seconds BETWEEN 1 AND 86400),
    pain INTEGER CHECK (pain BETWEEN 0 AND 10),
    activities TEXT NOT NULL,
    relief TEXT NOT NULL,
    note TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX cramp_person_date ON cramp (person_id, local_date);
CREATE INDEX cramp_person_time ON cramp (person_id, occurred_at);

CREATE TABLE checkin (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    local_date TEXT NOT NULL,
    exercise TEXT CHECK (exercise IN ('none', 'light', 'hard')),
    heat_minutes INTEGER CHECK (heat_minutes BETWEEN 0 AND 1440),
    fluid_glasses INTEGER CHECK (fluid_glasses BETWEEN 0 AND 50),
    long_sitting INTEGER CHECK (long_sitting IN (0, 1)),
    long_standing INTEGER CHECK (long_standing IN (0, 1)),
    tight_shoes INTEGER CHECK (tight_shoes IN (0, 1)),
    caffeine_drinks INTEGER CHECK (caffeine_drinks BETWEEN 0 AND 50),
    alcohol_drinks INTEGER CHECK (alcohol_drinks BETWEEN 0 AND 50),
    sleep_position TEXT CHECK (sleep_position IN ('back', 'side', 'front', 'mixed')),
    medicine_changed INTEGER CHECK (medicine_changed IN (0, 1)),
    note TEXT,
    updated_at BIGINT NOT NULL,
    UNIQUE (person_id, local_date)
);

CREATE TABLE assessment (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    taken_at BIGINT NOT NULL,
    level TEXT NOT NULL,
    rule_ids TEXT NOT NULL,
    result_json TEXT NOT NULL
);
CREATE INDEX assessment_person ON assessment (person_id, taken_at);
