-- The content context's own tables (ARCHITECTURE §6: posts, articles, comments, content_versions), the
-- idempotency keys of post creation and the projection of social's follow events that followers-only posts are
-- checked against. Limits are the API's (nova.content.*), in code points, kept here too as a last guard.
--
-- Moderation columns (written by nova.content.moderation, honoured by every read): an item whose moderation is not
-- 'visible', or whose author is suspended (banned or deleted), is shown to nobody but as a tombstone.

CREATE TABLE posts (
    id                   UUID PRIMARY KEY,
    author_id            UUID        NOT NULL,
    text                 TEXT        NOT NULL DEFAULT '',
    visibility           TEXT        NOT NULL CHECK (visibility IN ('public', 'unlisted', 'followers', 'direct')),
    content_warning      TEXT,
    sensitive            BOOLEAN     NOT NULL DEFAULT false,
    language             TEXT        CHECK (char_length(language) <= 35),
    media_ids            UUID[]      NOT NULL DEFAULT '{}' CHECK (cardinality(media_ids) <= 4),
    mention_ids          UUID[]      NOT NULL DEFAULT '{}',
    hashtags             TEXT[]      NOT NULL DEFAULT '{}',
    reply_to_id          UUID        REFERENCES posts (id),
    reply_to_author_id   UUID,
    quote_of_id          UUID        REFERENCES posts (id),
    quote_of_author_id   UUID,
    conversation_root_id UUID        NOT NULL,
    reply_count          INTEGER     NOT NULL DEFAULT 0,
    state                TEXT        NOT NULL DEFAULT 'visible' CHECK (state IN ('visible', 'deleted')),
    version              INTEGER     NOT NULL DEFAULT 1,
    created_at           TIMESTAMPTZ NOT NULL,
    edited_at            TIMESTAMPTZ,
    deleted_at           TIMESTAMPTZ,
    moderation           TEXT        NOT NULL DEFAULT 'visible' CHECK (moderation IN ('visible', 'hidden', 'removed')),
    moderation_reason    TEXT,
    author_suspended     BOOLEAN     NOT NULL DEFAULT false
);
-- a member's posts, newest first (keyset: created_at, id)
CREATE INDEX posts_by_author ON posts (author_id, created_at DESC, id DESC);
-- a thread's replies
CREATE INDEX posts_by_conversation ON posts (conversation_root_id, created_at);
CREATE INDEX posts_by_reply_to ON posts (reply_to_id) WHERE reply_to_id IS NOT NULL;

-- A retried create answers the post the first attempt made: per author and key, for 24 hours.
CREATE TABLE post_idempotency_keys (
    author_id    UUID        NOT NULL,
    key          TEXT        NOT NULL CHECK (char_length(key) BETWEEN 1 AND 255),
    request_hash TEXT        NOT NULL,
    post_id      UUID        NOT NULL REFERENCES posts (id),
    created_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (author_id, key)
);

CREATE TABLE articles (
    id                UUID PRIMARY KEY,
    author_id         UUID        NOT NULL,
    title             TEXT        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    slug              TEXT        NOT NULL,
    body              TEXT        NOT NULL CHECK (char_length(body) <= 100000),
    html              TEXT        NOT NULL,
    cover_media_id    UUID,
    language          TEXT        CHECK (char_length(language) <= 35),
    status            TEXT        NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
    state             TEXT        NOT NULL DEFAULT 'visible' CHECK (state IN ('visible', 'deleted')),
    version           INTEGER     NOT NULL DEFAULT 1,
    created_at        TIMESTAMPTZ NOT NULL,
    edited_at         TIMESTAMPTZ,
    published_at      TIMESTAMPTZ,
    deleted_at        TIMESTAMPTZ,
    moderation        TEXT        NOT NULL DEFAULT 'visible' CHECK (moderation IN ('visible', 'hidden', 'removed')),
    moderation_reason TEXT,
    author_suspended  BOOLEAN     NOT NULL DEFAULT false
);
-- one article per slug, ever (a published article's URL never changes hands)
CREATE UNIQUE INDEX articles_slug ON articles (slug);
CREATE INDEX articles_by_author ON articles (author_id, created_at DESC, id DESC);

-- Comments on a post or an article. path orders a target's comments in thread order (each comment followed by
-- its replies, siblings oldest first): the parent's path, '/', then the comment's own sortable key; "C" collation
-- so it sorts by bytes.
CREATE TABLE comments (
    id                UUID PRIMARY KEY,
    target_type       TEXT        NOT NULL CHECK (target_type IN ('post', 'article')),
    target_id         UUID        NOT NULL,
    target_author_id  UUID        NOT NULL,
    parent_id         UUID        REFERENCES comments (id),
    author_id         UUID        NOT NULL,
    text              TEXT        NOT NULL DEFAULT '',
    depth             INTEGER     NOT NULL CHECK (depth >= 0),
    path              TEXT        COLLATE "C" NOT NULL,
    state             TEXT        NOT NULL DEFAULT 'visible' CHECK (state IN ('visible', 'deleted')),
    version           INTEGER     NOT NULL DEFAULT 1,
    created_at        TIMESTAMPTZ NOT NULL,
    edited_at         TIMESTAMPTZ,
    deleted_at        TIMESTAMPTZ,
    moderation        TEXT        NOT NULL DEFAULT 'visible' CHECK (moderation IN ('visible', 'hidden', 'removed')),
    moderation_reason TEXT,
    author_suspended  BOOLEAN     NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX comments_in_thread_order ON comments (target_type, target_id, path);
CREATE INDEX comments_by_author ON comments (author_id);

-- Every version of every post, article and comment, numbered from 1 (as created); the highest is the current one.
CREATE TABLE content_versions (
    item_type       TEXT        NOT NULL CHECK (item_type IN ('post', 'article', 'comment')),
    item_id         UUID        NOT NULL,
    version         INTEGER     NOT NULL CHECK (version >= 1),
    title           TEXT,
    text            TEXT        NOT NULL,
    content_warning TEXT,
    sensitive       BOOLEAN,
    media_ids       UUID[]      NOT NULL DEFAULT '{}',
    at              TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (item_type, item_id, version)
);

-- Who follows whom, as social says (social.follow.created / social.follow.removed): content may not call social,
-- so it keeps this projection to check followers-only posts.
CREATE TABLE followers (
    follower_id UUID        NOT NULL,
    followee_id UUID        NOT NULL,
    since       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (followee_id, follower_id)
);
