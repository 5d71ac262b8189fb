-- Moderation (nova.content.moderation): members' reports, the items each names, and every moderator action.
-- The items' own moderation state lives on posts, articles and comments (moderation, moderation_reason,
-- author_suspended, created by V1); these tables are the record of who asked for what and who did what.

-- One member's report. status open -> resolved (resolution actioned | dismissed, by a moderator).
CREATE TABLE reports (
    id           UUID PRIMARY KEY,
    reporter_id  UUID        NOT NULL,
    category     TEXT        NOT NULL CHECK (category IN ('spam', 'harassment', 'hate', 'violence', 'sexual',
                                                          'misinformation', 'illegal', 'other')),
    comment      TEXT        CHECK (char_length(comment) <= 1000),
    status       TEXT        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    resolution   TEXT        CHECK (resolution IN ('actioned', 'dismissed')),
    resolved_by  UUID,
    created_at   TIMESTAMPTZ NOT NULL,
    resolved_at  TIMESTAMPTZ,
    CHECK ((status = 'open') = (resolution IS NULL AND resolved_by IS NULL AND resolved_at IS NULL))
);
-- the queue: a status's reports, oldest first (keyset on created_at, id)
CREATE INDEX reports_queue ON reports (status, created_at, id);

-- The items a report names (1-20, distinct), in the order the reporter gave them.
CREATE TABLE report_items (
    report_id  UUID    NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 0),
    item_type  TEXT    NOT NULL CHECK (item_type IN ('post', 'article', 'comment')),
    item_id    UUID    NOT NULL,
    PRIMARY KEY (report_id, position),
    UNIQUE (report_id, item_type, item_id)
);
-- "which reports name this item"
CREATE INDEX report_items_item ON report_items (item_type, item_id);

-- Every action a moderator took (append only): what, on which item of whose, why, answering which report.
CREATE TABLE moderation_actions (
    id            UUID PRIMARY KEY,
    item_type     TEXT        NOT NULL CHECK (item_type IN ('post', 'article', 'comment')),
    item_id       UUID        NOT NULL,
    author_id     UUID        NOT NULL,
    action        TEXT        NOT NULL CHECK (action IN ('hide', 'remove', 'restore')),
    reason        TEXT        NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 1000),
    moderator_id  UUID        NOT NULL,
    report_id     UUID        REFERENCES reports (id),
    created_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX moderation_actions_item ON moderation_actions (item_type, item_id, created_at);
