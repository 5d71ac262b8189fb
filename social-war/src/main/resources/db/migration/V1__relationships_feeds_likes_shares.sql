-- The social context's own tables. Members, posts and their visibility are projections of the user and content
-- contexts' events (nova.user, nova.content); relationships, likes, shares and feeds are written here only.

-- Members as the user context's events describe them: whether follows need approval (user.settings.updated),
-- their follower/following counts (kept with each follow, so counts and the celebrity test cost one row),
-- when they last read their feed (fan-out skips the inactive) and roughly how long their feed is (trimming).
CREATE TABLE accounts (
    user_id      UUID PRIMARY KEY,
    locked       BOOLEAN     NOT NULL DEFAULT FALSE,
    followers    BIGINT      NOT NULL DEFAULT 0 CHECK (followers >= 0),
    following    BIGINT      NOT NULL DEFAULT 0 CHECK (following >= 0),
    active_at    TIMESTAMPTZ NOT NULL,
    feed_size    INTEGER     NOT NULL DEFAULT 0,
    deleted      BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at   TIMESTAMPTZ NOT NULL
);

-- Every directed tie between two members, one row per kind: source follows target ('follow'), asks to follow a
-- locked target ('request'), blocks it ('block'), mutes it ('mute'). A block leaves no follow or request either way.
CREATE TABLE relationships (
    source_id   UUID        NOT NULL,
    target_id   UUID        NOT NULL,
    kind        TEXT        NOT NULL CHECK (kind IN ('follow', 'request', 'block', 'mute')),
    created_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (source_id, target_id, kind),
    CHECK (source_id <> target_id)
);
-- followers of a member (lists, fan-out), pending requests to a member, who blocks a member
CREATE INDEX relationships_by_target ON relationships (target_id, kind, created_at DESC, source_id);
-- whom a member follows (lists, rebuilding a feed)
CREATE INDEX relationships_by_source ON relationships (source_id, kind, created_at DESC, target_id);

-- The posts social has heard of (content.post.created, or a like/share checked with content before the event came):
-- what fan-out and read-time merging need, and the exact like and share counters. fanned_out is false for a post
-- of an author above the celebrity threshold: it is merged into followers' feeds when they read them.
CREATE TABLE post_refs (
    post_id     UUID PRIMARY KEY,
    author_id   UUID        NOT NULL,
    visibility  TEXT        NOT NULL CHECK (visibility IN ('public', 'unlisted', 'followers', 'direct')),
    mentions    UUID[]      NOT NULL DEFAULT '{}',
    created_at  TIMESTAMPTZ NOT NULL,
    fanned_out  BOOLEAN     NOT NULL DEFAULT TRUE,
    likes       BIGINT      NOT NULL DEFAULT 0 CHECK (likes >= 0),
    shares      BIGINT      NOT NULL DEFAULT 0 CHECK (shares >= 0),
    deleted     BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX post_refs_by_author ON post_refs (author_id, created_at DESC, post_id DESC) WHERE NOT deleted;
-- the posts merged at read time (celebrity authors'), a small part of the table
CREATE INDEX post_refs_merged ON post_refs (author_id, created_at DESC, post_id DESC) WHERE NOT fanned_out AND NOT deleted;

-- One like per member and post (the primary key makes liking idempotent).
CREATE TABLE likes (
    post_id     UUID        NOT NULL,
    user_id     UUID        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (post_id, user_id)
);
CREATE INDEX likes_newest ON likes (post_id, created_at DESC, user_id DESC);
CREATE INDEX likes_by_user ON likes (user_id);

-- One share (boost) per member and post.
CREATE TABLE shares (
    post_id     UUID        NOT NULL,
    user_id     UUID        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (post_id, user_id)
);
CREATE INDEX shares_by_user ON shares (user_id, created_at DESC);

-- Home feeds, fanned out on write: one row per member and post (a post reaches a feed once, however many
-- followings shared it: the first to arrive stays). shared_by names the sharer when it came as a share;
-- at is when it entered the feed (the post's or the share's time), the feed's order.
CREATE TABLE feeds (
    user_id     UUID        NOT NULL,
    post_id     UUID        NOT NULL,
    author_id   UUID        NOT NULL,
    shared_by   UUID,
    at          TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, post_id)
);
-- the keyset read (newest first) and trimming to the cap
CREATE INDEX feeds_newest ON feeds (user_id, at DESC, post_id DESC);
-- removing a post everywhere (content.post.deleted)
CREATE INDEX feeds_by_post ON feeds (post_id);
