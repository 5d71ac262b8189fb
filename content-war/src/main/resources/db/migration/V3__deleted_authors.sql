-- Members whose account is deleted (nova.content.moderation.AuthorStanding, from user.deleted): a deletion is final,
-- so a user.unbanned that arrives after it (an unban of a deleted account, or a redelivery out of order) does not
-- show the deleted author's items again. One row per deleted account; nothing else about them is kept.
CREATE TABLE deleted_authors (
    author_id   UUID PRIMARY KEY,
    deleted_at  TIMESTAMPTZ NOT NULL
);
