-- Issue 7: a profile's media and links; an account's lifecycle (verified, banned, deletion); every
-- setting spelled out; roles and permissions (RBAC) with their seeds. The rules behind the limits
-- live in the code named beside each; the constraints keep the rows honest whatever writes them.

-- Profiles. Avatar and header name files of the media context: ids only, no foreign key (another
-- context's rows) and no existence check until that context exists. links is a JSON array of
-- {"name", "url"} objects, at most 4 (nova.user.profile.ProfileLinks checks each one).
ALTER TABLE user_profiles
    ADD COLUMN avatar_media_id UUID,
    ADD COLUMN header_media_id UUID,
    ADD COLUMN links           JSONB NOT NULL DEFAULT '[]'::jsonb
        CONSTRAINT user_profiles_links CHECK (CASE WHEN jsonb_typeof(links) = 'array'
                                                   THEN jsonb_array_length(links) <= 4 ELSE false END);

-- The account's lifecycle (nova.user.profile.User). A ban and a scheduled deletion are independent
-- facts; status names the one that matters most: deleted, else banned, else deletion_scheduled,
-- else active. A banned account may have a deletion pending (it still takes effect); deleted is final.
-- banned_by is null when the operator account banned; banned_until null is a ban without end.
ALTER TABLE users
    ADD COLUMN verified_at           TIMESTAMPTZ,
    ADD COLUMN ban_reason            TEXT CHECK (char_length(ban_reason) BETWEEN 1 AND 500),
    ADD COLUMN banned_until          TIMESTAMPTZ,
    ADD COLUMN banned_by             UUID,
    ADD COLUMN banned_at             TIMESTAMPTZ,
    ADD COLUMN deletion_requested_at TIMESTAMPTZ,
    ADD COLUMN deletion_effective_at TIMESTAMPTZ,
    ADD CONSTRAINT users_status CHECK (status IN ('active', 'banned', 'deletion_scheduled', 'deleted')),
    ADD CONSTRAINT users_ban CHECK ((banned_at IS NULL) = (ban_reason IS NULL)
                                    AND (status = 'banned') = (banned_at IS NOT NULL)
                                    AND (banned_until IS NULL OR banned_at IS NOT NULL)
                                    AND (banned_by IS NULL OR banned_at IS NOT NULL)),
    ADD CONSTRAINT users_deletion CHECK ((deletion_requested_at IS NULL) = (deletion_effective_at IS NULL)
                                         AND (status <> 'active' OR deletion_effective_at IS NULL)
                                         AND (status NOT IN ('deletion_scheduled', 'deleted')
                                              OR deletion_effective_at IS NOT NULL));

-- what the deadline job (nova.user.account.AccountDeadlines) looks for every few seconds
CREATE INDEX users_ban_lapses ON users (banned_until)
    WHERE status = 'banned' AND banned_until IS NOT NULL;
CREATE INDEX users_deletions_due ON users (deletion_effective_at)
    WHERE status <> 'deleted' AND deletion_effective_at IS NOT NULL;

-- Settings: every notification type and email kind stored with its value from the start (the
-- defaults of nova.user.settings.Preferences), so a later change of a default does not silently
-- change what an existing account chose. Rows written before are filled in the same way.
ALTER TABLE user_settings
    ALTER COLUMN notification_preferences SET DEFAULT
        '{"follow": true, "follow_request": true, "mention": true, "reply": true, "like": true, "share": true, "message": true}'::jsonb,
    ALTER COLUMN email_preferences SET DEFAULT
        '{"notifications": true, "digest": false, "product_news": false}'::jsonb,
    ADD CONSTRAINT user_settings_notification_preferences CHECK (jsonb_typeof(notification_preferences) = 'object'),
    ADD CONSTRAINT user_settings_email_preferences CHECK (jsonb_typeof(email_preferences) = 'object');

UPDATE user_settings SET
    notification_preferences = '{"follow": true, "follow_request": true, "mention": true, "reply": true, "like": true, "share": true, "message": true}'::jsonb
                               || notification_preferences,
    email_preferences = '{"notifications": true, "digest": false, "product_news": false}'::jsonb || email_preferences;

-- RBAC. Resources check named permissions (nova.platform.security.Permissions), never role names:
-- which role grants what is the data below. Names are the keys: they are what tokens carry.
CREATE TABLE permissions (
    name        TEXT PRIMARY KEY CHECK (name ~ '^[a-z][a-z0-9_]{1,39}$'),
    description TEXT NOT NULL
);

CREATE TABLE roles (
    name        TEXT PRIMARY KEY CHECK (name ~ '^[a-z][a-z0-9_]{1,39}$'),
    description TEXT NOT NULL
);

CREATE TABLE role_permissions (
    role_name       TEXT NOT NULL REFERENCES roles (name) ON DELETE CASCADE,
    permission_name TEXT NOT NULL REFERENCES permissions (name) ON DELETE CASCADE,
    PRIMARY KEY (role_name, permission_name)
);

-- granted_by is null for the operator account and for the role every account gets at registration
CREATE TABLE user_roles (
    user_id    UUID        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role_name  TEXT        NOT NULL REFERENCES roles (name),
    granted_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    granted_by UUID,
    PRIMARY KEY (user_id, role_name)
);
CREATE INDEX user_roles_role_name ON user_roles (role_name);

-- exactly Permissions.ALL (nova.user.role.SeededRolesTest holds the two together)
INSERT INTO permissions (name, description) VALUES
    ('moderate_content', 'Hide, restore and remove other people''s content; handle reports'),
    ('ban_users', 'Ban and unban accounts'),
    ('manage_roles', 'Grant and revoke roles'),
    ('view_dead_letters', 'Read the event log, consumer subscriptions and the dead-letter store'),
    ('manage_dead_letters', 'Replay and discard dead letters'),
    ('manage_signing_keys', 'Rotate the keys that sign access tokens');

-- user grants no named permission: what every member may do comes from the signed-in group itself
INSERT INTO roles (name, description) VALUES
    ('user', 'Every account: a member''s rights over their own things, and nothing named beyond them'),
    ('moderator', 'Moderates content and bans accounts'),
    ('admin', 'Every permission');

INSERT INTO role_permissions (role_name, permission_name) VALUES
    ('moderator', 'moderate_content'),
    ('moderator', 'ban_users');

INSERT INTO role_permissions (role_name, permission_name)
SELECT 'admin', name FROM permissions;

-- every account has the role user (nova.user.account.RegistrationIntake gives it to new ones)
INSERT INTO user_roles (user_id, role_name, granted_at)
SELECT id, 'user', created_at FROM users;
