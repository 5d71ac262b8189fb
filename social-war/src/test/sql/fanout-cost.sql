-- How the fan-out statement (nova.social.feed.FeedEntries.fanOut) and its batched count (countAndTrim) compare with a raw multi-row INSERT … SELECT
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
\echo the fan-out statement (eligibility; a post first heard of: no conflict check)
SELECT author AS a, fan_post AS p FROM bench \gset
INSERT INTO feeds (user_id, post_id, author_id, shared_by, at)
SELECT r.source_id, :'p', :'a', CAST(NULL AS uuid), now()
FROM relationships r JOIN accounts a ON a.user_id = r.source_id
WHERE r.target_id = :'a' AND r.kind = 'follow' AND a.active_at > now() - interval '30 days' AND NOT a.deleted
  AND ('public' <> 'direct' OR r.source_id = ANY (CAST('{}' AS uuid[])))
  AND NOT EXISTS (SELECT 1 FROM relationships m WHERE m.source_id = r.source_id
                  AND m.target_id = :'a' AND m.kind IN ('mute', 'block'))
UNION ALL SELECT :'a', :'p', :'a', NULL, now();
\echo the batched follow-up (FeedEntries.countAndTrim): counting that post's rows per member
INSERT INTO feed_counts_due (post_id) VALUES (:'p');
WITH due AS (
    DELETE FROM feed_counts_due d WHERE d.post_id IN (
        SELECT post_id FROM feed_counts_due ORDER BY queued_at LIMIT 64 FOR UPDATE SKIP LOCKED)
    RETURNING d.post_id
), grown AS (
    SELECT f.user_id, count(*) AS added FROM feeds f JOIN due ON f.post_id = due.post_id
    WHERE f.shared_by IS NULL GROUP BY f.user_id
), counted AS (
    UPDATE accounts a SET feed_size = a.feed_size + g.added FROM grown g
    WHERE a.user_id = g.user_id RETURNING a.user_id, a.feed_size
)
SELECT (SELECT count(*) FROM due) AS posts,
       coalesce((SELECT string_agg(CAST(user_id AS text), ',') FROM counted WHERE feed_size > 850), '') AS over;
ROLLBACK;
