-- The user context's own tables (DESIGN-V2: users, user_profiles, user_settings). Rows are created
-- from identity.user.registered (nova.user.account.RegistrationIntake); roles and permissions
-- arrive with their own issue.

-- One row per account; id is the user id identity gave it (the same id in every context).
-- status: 'active' for now; verify, ban and delete define the other values with their issues.
CREATE TABLE users (
    id         UUID PRIMARY KEY,
    username   TEXT        NOT NULL,
    status     TEXT        NOT NULL DEFAULT 'active',
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- identity decides who gets a name; this keeps two accounts from ever showing the same one here
CREATE UNIQUE INDEX users_username_lower ON users (lower(username));

-- The public profile. The limits are the API's (nova.user.profile.ProfileChange), in characters.
CREATE TABLE user_profiles (
    user_id      UUID PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    display_name TEXT        NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 50),
    bio          TEXT        CHECK (char_length(bio) <= 500),
    locale       TEXT        CHECK (char_length(locale) <= 35),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Privacy and delivery choices; every account has a row, with these defaults, from the start.
CREATE TABLE user_settings (
    user_id                  UUID PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    locked                   BOOLEAN     NOT NULL DEFAULT false,
    message_policy           TEXT        NOT NULL DEFAULT 'everyone'
                             CHECK (message_policy IN ('everyone', 'followers', 'following', 'mutuals', 'nobody')),
    discoverable             BOOLEAN     NOT NULL DEFAULT true,
    notification_preferences JSONB       NOT NULL DEFAULT '{}'::jsonb,
    email_preferences        JSONB       NOT NULL DEFAULT '{}'::jsonb,
    updated_at               TIMESTAMPTZ NOT NULL DEFAULT now()
);
