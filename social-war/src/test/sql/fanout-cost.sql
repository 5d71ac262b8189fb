-- How the fan-out statement (nova.social.feed.FeedEntries.fanOut) compares with a raw multi-row INSERT … SELECT
-- of the same rows into the same table, for one author with :n followers. Everything runs in one transaction that
-- is rolled back: the database is left as it was. Run against nova_social (as its own role), e.g.
--   psql -v n=100000 -f fanout-cost.sql nova_social
-- Not a benchmark (perf/feed-fanout is): a figure for the comment in FeedEntries, read from \timing.
\set ON_ERROR_STOP on
\timing on
BEGIN;
CREATE TEMP TABLE bench (author uuid, raw_post uuid, fan_post uuid) ON COMMIT DROP;
INSERT INTO bench VALUES (gen_random_uuid(), gen_random_uuid(), gen_random_uuid());
INSERT INTO accounts (user_id, active_at, created_at)
SELECT gen_random_uuid(), now(), now() FROM generate_series(1, :n);
INSERT INTO accounts (user_id, active_at, created_at) SELECT author, now(), now() FROM bench;
INSERT INTO relationships (source_id, target_id, kind, created_at)
SELECT a.user_id, b.author, 'follow', now() FROM accounts a, bench b
WHERE a.user_id <> b.author AND a.created_at = (SELECT created_at FROM accounts WHERE user_id = b.author);
ANALYZE accounts; ANALYZE relationships;
SELECT count(*) AS followers FROM relationships r JOIN bench b ON r.target_id = b.author;
\echo raw INSERT … SELECT of the same rows
INSERT INTO feeds (user_id, post_id, author_id, shared_by, at)
SELECT r.source_id, b.raw_post, b.author, NULL, now() FROM relationships r JOIN bench b ON r.target_id = b.author
WHERE r.kind = 'follow';
\echo the fan-out statement (eligibility, ON CONFLICT, feed_size counting)
SELECT author AS a, fan_post AS p FROM bench \gset
WITH recipients AS (
    SELECT r.source_id AS user_id
    FROM relationships r JOIN accounts a ON a.user_id = r.source_id
    WHERE r.target_id = :'a' AND r.kind = 'follow' AND a.active_at > now() - interval '30 days' AND NOT a.deleted
      AND ('public' <> 'direct' OR r.source_id = ANY (CAST('{}' AS uuid[])))
      AND NOT EXISTS (SELECT 1 FROM relationships m WHERE m.source_id = r.source_id
                      AND m.target_id = :'a' AND m.kind IN ('mute', 'block'))
    UNION ALL
    SELECT CAST(:'a' AS uuid)
), inserted AS (
    INSERT INTO feeds (user_id, post_id, author_id, shared_by, at)
    SELECT user_id, :'p', :'a', NULL, now() FROM recipients
    ON CONFLICT DO NOTHING
    RETURNING user_id
), counted AS (
    UPDATE accounts a SET feed_size = a.feed_size + 1 FROM inserted i
    WHERE a.user_id = i.user_id RETURNING a.user_id, a.feed_size
)
SELECT (SELECT count(*) FROM inserted) AS reached,
       coalesce((SELECT string_agg(CAST(user_id AS text), ',') FROM counted WHERE feed_size > 850), '') AS over;
ROLLBACK;
