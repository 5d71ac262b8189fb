-- Issue 6: where an account stands (projected from the user context), its roles' permissions (issue 7),
-- proof of its email address, password resets, and login throttling.

ALTER TABLE credentials
    -- a ban's end, while status = 'banned' (null: no end). The ban lapses by itself at that instant.
    ADD COLUMN banned_until           TIMESTAMPTZ,
    -- when the user-context event that set the standing happened: an older event that arrives later
    -- (a replayed dead letter) cannot undo a newer one
    ADD COLUMN standing_changed_at    TIMESTAMPTZ,
    -- the permissions the user's roles grant, from the latest user.roles.changed: the groups claim carries them
    ADD COLUMN permissions            TEXT[]      NOT NULL DEFAULT '{}',
    ADD COLUMN permissions_changed_at TIMESTAMPTZ,
    -- when the holder proved the address by posting back an emailed token; null until then
    ADD COLUMN email_verified_at      TIMESTAMPTZ;

-- Single-use tokens mailed to the account's address (by the communication context, from the event that
-- carries them), kept only as SHA-256 of the token. Each is spent once (used_at) before expires_at.
CREATE TABLE emailed_tokens (
    token_hash BYTEA PRIMARY KEY CHECK (length(token_hash) = 32),
    purpose    TEXT        NOT NULL CHECK (purpose IN ('password_reset', 'email_verification')),
    user_id    UUID        NOT NULL REFERENCES credentials (id),
    -- the address it was sent to: a verification proves this address, not whatever the account has later
    email      TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ
);
-- how many were sent to an account lately (the per-hour limit), and its outstanding ones
CREATE INDEX emailed_tokens_user ON emailed_tokens (user_id, purpose, created_at);
CREATE INDEX emailed_tokens_expires ON emailed_tokens (expires_at);

-- Failed logins per login name (kind 'name': the name as typed, lower case) and per client address
-- (kind 'ip'), in a window of one hour that starts with its first failure. key is SHA-256 of the name or
-- address: people type passwords into the name field, and those must not be stored readable.
-- Shared by every replica; rows whose window has ended are deleted.
CREATE TABLE login_failures (
    kind              TEXT        NOT NULL CHECK (kind IN ('name', 'ip')),
    key               BYTEA       NOT NULL CHECK (length(key) = 32),
    failures          INTEGER     NOT NULL CHECK (failures > 0),
    window_started_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (kind, key)
);
CREATE INDEX login_failures_window ON login_failures (window_started_at);
