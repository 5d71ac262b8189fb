-- Sessions identity has revoked (identity.session.revoked), in every context's own database: each
-- server refuses access tokens whose sid is here (nova.platform.security.RevokedSessions). Kept only
-- while a token of the session could still be presented (its lifetime plus the clock skew), then deleted.
-- A server that restarts reloads the unexpired rows; replicas of a context share them.
CREATE TABLE revoked_sessions (
    session_id  UUID PRIMARY KEY,
    revoked_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    -- when this database learned it: replicas read what is new since their last look
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX revoked_sessions_recorded ON revoked_sessions (recorded_at);
CREATE INDEX revoked_sessions_expires ON revoked_sessions (expires_at);
