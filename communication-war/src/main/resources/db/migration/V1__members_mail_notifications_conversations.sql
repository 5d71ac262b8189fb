-- The communication context's own tables (the real-time engineer's push_tokens and sms_queue are V2).

-- What communication knows of each member, kept from events so it never calls back: the username and display name
-- (notification texts), identity's current address (mail), the user context's message policy, notification and
-- email switches. A row appears with whichever of a member's events arrives first; deleted_at: user.deleted.
CREATE TABLE members (
    user_id        UUID PRIMARY KEY,
    username       TEXT,
    display_name   TEXT,
    locale         TEXT,
    email          TEXT,
    message_policy TEXT        NOT NULL DEFAULT 'everyone'
                   CHECK (message_policy IN ('everyone', 'followers', 'following', 'mutuals', 'nobody')),
    notifications  TEXT        NOT NULL DEFAULT '{}', -- JSON object: notification type → on/off (absent: on)
    emails         TEXT        NOT NULL DEFAULT '{}', -- JSON object: kind of email → on/off (absent: the user context's default)
    deleted_at     TIMESTAMPTZ,
    updated_at     TIMESTAMPTZ NOT NULL
);

-- Social's graph as far as messaging and notifications need it (social.follow.*, social.block.*, social.mute.*).
CREATE TABLE follows (
    follower_id UUID NOT NULL,
    followee_id UUID NOT NULL,
    PRIMARY KEY (follower_id, followee_id)
);
CREATE TABLE blocks (
    blocker_id UUID NOT NULL,
    blocked_id UUID NOT NULL,
    PRIMARY KEY (blocker_id, blocked_id)
);
CREATE TABLE mutes (
    muter_id UUID NOT NULL,
    muted_id UUID NOT NULL,
    PRIMARY KEY (muter_id, muted_id)
);

-- Mail to send: rendered when queued (plain text and HTML), sent by a leased loop, retried with a back-off that
-- doubles, failed for good after the last attempt. The bodies may hold a single-use token: they are cleared as soon
-- as the mail is sent or failed, so no token outlives its delivery here.
CREATE TABLE email_queue (
    id              UUID PRIMARY KEY,
    kind            TEXT        NOT NULL CHECK (kind IN ('welcome', 'verification', 'reset', 'password_changed', 'notification')),
    user_id         UUID,
    recipient       TEXT        NOT NULL,
    subject         TEXT        NOT NULL,
    body_text       TEXT,
    body_html       TEXT,
    status          TEXT        NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
    attempts        INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    lease_until     TIMESTAMPTZ,
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    sent_at         TIMESTAMPTZ
);
-- the sender's claim: due mail, oldest first
CREATE INDEX email_queue_due ON email_queue (next_attempt_at) WHERE status IN ('queued', 'sending');

-- Notifications, grouped: one unread row per (recipient, group key = type:target); its actors in notification_actors.
CREATE TABLE notifications (
    id           UUID PRIMARY KEY,
    recipient_id UUID        NOT NULL,
    type         TEXT        NOT NULL,
    target_type  TEXT        NOT NULL,
    target_id    UUID        NOT NULL,
    group_key    TEXT        NOT NULL,
    detail       TEXT,
    actor_count  INTEGER     NOT NULL DEFAULT 0,
    read_at      TIMESTAMPTZ,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);
-- at most one unread group per key: two events racing to start a group cannot both insert one
CREATE UNIQUE INDEX notifications_unread_group ON notifications (recipient_id, group_key) WHERE read_at IS NULL;
CREATE INDEX notifications_recipient_newest ON notifications (recipient_id, updated_at DESC, id DESC);
CREATE TABLE notification_actors (
    notification_id UUID        NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
    actor_id        UUID        NOT NULL,
    acted_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (notification_id, actor_id)
);

-- Conversations: direct (two members for good; direct_key = the pair, so a pair has one) or group.
CREATE TABLE conversations (
    id               UUID PRIMARY KEY,
    kind             TEXT        NOT NULL CHECK (kind IN ('direct', 'group')),
    title            TEXT        CHECK (char_length(title) <= 100),
    created_by       UUID        NOT NULL,
    direct_key       TEXT        UNIQUE,
    last_message_id  UUID,
    created_at       TIMESTAMPTZ NOT NULL,
    last_activity_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE conversation_members (
    conversation_id UUID        NOT NULL REFERENCES conversations (id),
    user_id         UUID        NOT NULL,
    joined_at       TIMESTAMPTZ NOT NULL,
    left_at         TIMESTAMPTZ,
    PRIMARY KEY (conversation_id, user_id)
);
CREATE INDEX conversation_members_user ON conversation_members (user_id) WHERE left_at IS NULL;

-- Messages: seq orders them (pages, catch-up); media ids are the sender's uploads, shown through media.
CREATE TABLE messages (
    id              UUID PRIMARY KEY,
    seq             BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    conversation_id UUID        NOT NULL REFERENCES conversations (id),
    sender_id       UUID        NOT NULL,
    text            TEXT,
    media_ids       TEXT        NOT NULL DEFAULT '',
    sent_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX messages_conversation_newest ON messages (conversation_id, seq DESC);

-- How far each message got with each recipient.
CREATE TABLE message_status (
    message_id      UUID        NOT NULL REFERENCES messages (id),
    user_id         UUID        NOT NULL,
    conversation_id UUID        NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('sent', 'delivered', 'read')),
    updated_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (message_id, user_id)
);
-- unread counts
CREATE INDEX message_status_unread ON message_status (user_id, conversation_id) WHERE status <> 'read';
