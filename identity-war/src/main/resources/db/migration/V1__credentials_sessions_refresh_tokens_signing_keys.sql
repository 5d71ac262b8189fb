-- The identity context's own tables (ARCHITECTURE §6): who can log in, their sessions, the
-- refresh tokens that keep a session alive, and the keys access tokens are signed with.

-- One row per account. id is the user's id in every context. Email and username are stored as
-- given; uniqueness ignores case.
CREATE TABLE credentials (
    id            UUID PRIMARY KEY,
    email         TEXT        NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    username      TEXT        NOT NULL CHECK (length(username) BETWEEN 3 AND 30),
    -- PHC string: $argon2id$v=19$m=...,t=...,p=...$salt$hash (the parameters travel with the hash)
    password_hash TEXT        NOT NULL,
    status        TEXT        NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'banned', 'deleted')),
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX credentials_email_unique ON credentials (lower(email));
CREATE UNIQUE INDEX credentials_username_unique ON credentials (lower(username));

-- A login on one device. Revoked when its refresh-token family is caught being reused.
CREATE TABLE sessions (
    id           UUID PRIMARY KEY,
    user_id      UUID        NOT NULL REFERENCES credentials (id),
    created_at   TIMESTAMPTZ NOT NULL,
    last_used_at TIMESTAMPTZ NOT NULL,
    user_agent   TEXT,
    ip           TEXT,
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX sessions_user ON sessions (user_id, created_at);

-- Opaque refresh tokens, kept only as SHA-256 of the token. Each refresh spends one (used_at) and
-- issues the next in the same family; presenting a spent one revokes the family and its session.
CREATE TABLE refresh_tokens (
    token_hash BYTEA PRIMARY KEY CHECK (length(token_hash) = 32),
    session_id UUID        NOT NULL REFERENCES sessions (id),
    family_id  UUID        NOT NULL,
    user_id    UUID        NOT NULL REFERENCES credentials (id),
    issued_at  TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ,
    revoked_at TIMESTAMPTZ
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id);
CREATE INDEX refresh_tokens_expires ON refresh_tokens (expires_at);

-- RSA keys that sign access tokens. Every un-retired key is published in the JWKS; the newest
-- signs. The private key is encrypted (AES-256-GCM, key derived from nova.jwt.key.secret).
CREATE TABLE signing_keys (
    kid                   TEXT PRIMARY KEY,
    algorithm             TEXT        NOT NULL CHECK (algorithm = 'RS256'),
    public_key            BYTEA       NOT NULL,  -- X.509 SubjectPublicKeyInfo, DER
    private_key_encrypted BYTEA       NOT NULL,  -- see nova.identity.token.KeyEncryption for the layout
    created_at            TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    retired_at            TIMESTAMPTZ
);
CREATE INDEX signing_keys_current ON signing_keys (created_at DESC) WHERE retired_at IS NULL;
