-- Query plans of content's batch reads (nova.content.post.PostRepository.firstIdsByAuthors and firstReplyIds) on a
-- realistic table: :posts posts by :authors authors (a tenth replies, visibility 80 % public, 5 % unlisted, 10 %
-- followers, 5 % direct), :follows rows in the followers projection. Run in a database of your own (it creates the
-- two tables with V1's columns and indexes), e.g.
--   createdb perf_x && psql -v posts=1000000 -v authors=20000 -v follows=2000000 -f posts-by-authors.sql perf_x
-- Compares, for the same 20 authors and reader: the batch statement (LATERAL over posts_by_author, 4 rows each =
-- first: 3 plus one to know there is more), the same page with a window function, and the 20 single-author
-- statements the gateway used to cause. Not a benchmark: plans and their times, read from EXPLAIN ANALYZE.
\set ON_ERROR_STOP on
CREATE EXTENSION IF NOT EXISTS pgcrypto;
DROP TABLE IF EXISTS posts, followers;
CREATE TABLE posts (
    id UUID PRIMARY KEY, author_id UUID NOT NULL, text TEXT NOT NULL DEFAULT '', visibility TEXT NOT NULL,
    mention_ids UUID[] NOT NULL DEFAULT '{}', reply_to_id UUID, conversation_root_id UUID NOT NULL,
    state TEXT NOT NULL DEFAULT 'visible', created_at TIMESTAMPTZ NOT NULL,
    moderation TEXT NOT NULL DEFAULT 'visible', author_suspended BOOLEAN NOT NULL DEFAULT false);
CREATE TABLE followers (follower_id UUID NOT NULL, followee_id UUID NOT NULL, since TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (followee_id, follower_id));
CREATE TEMP TABLE people AS SELECT n, gen_random_uuid() AS id FROM generate_series(1, :authors) n;
CREATE UNIQUE INDEX ON people (n);
INSERT INTO posts (id, author_id, text, visibility, reply_to_id, conversation_root_id, created_at)
SELECT gen_random_uuid(), p.id, 'post ' || g,
       CASE WHEN (g / :authors) % 20 < 16 THEN 'public' WHEN (g / :authors) % 20 = 16 THEN 'unlisted' WHEN (g / :authors) % 20 < 19 THEN 'followers' ELSE 'direct' END,
       NULL, gen_random_uuid(), now() - (g || ' seconds')::interval
FROM generate_series(1, :posts) g JOIN people p ON p.n = 1 + (g::bigint * 7919) % :authors;
-- a tenth of the posts answer an earlier one (of the 2,000 most answered: popular threads)
WITH popular AS (SELECT id, row_number() OVER (ORDER BY created_at) AS k FROM posts WHERE reply_to_id IS NULL LIMIT 2000)
UPDATE posts q SET reply_to_id = popular.id FROM popular
WHERE q.id IN (SELECT id FROM posts TABLESAMPLE BERNOULLI (10)) AND popular.k = 1 + abs(hashtext(q.id::text)) % 2000
  AND q.id <> popular.id;
CREATE INDEX posts_by_author ON posts (author_id, created_at DESC, id DESC);
CREATE INDEX posts_by_reply_to ON posts (reply_to_id) WHERE reply_to_id IS NOT NULL;
INSERT INTO followers SELECT a.id, b.id, now() FROM generate_series(1, :follows) g
JOIN people a ON a.n = 1 + (g::bigint * 31) % :authors JOIN people b ON b.n = 1 + (g::bigint * 7 + g / :authors) % :authors
WHERE a.id <> b.id ON CONFLICT DO NOTHING;
VACUUM ANALYZE posts; ANALYZE followers;
SELECT count(*) AS posts, count(reply_to_id) AS replies FROM posts;
-- the reader follows some of the 20 authors (the followers-only posts of those are theirs to read)
SELECT (SELECT id FROM people WHERE n = 1) AS reader \gset
INSERT INTO followers SELECT :'reader', id, now() FROM people WHERE n BETWEEN 2 AND 21 AND n % 3 = 0 ON CONFLICT DO NOTHING;
ANALYZE followers;
SELECT '{' || string_agg(id::text, ',') || '}' AS authors FROM people WHERE n BETWEEN 2 AND 21 \gset
SELECT '{' || string_agg(id::text, ',') || '}' AS parents FROM (SELECT reply_to_id AS id FROM posts
  WHERE reply_to_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 20) t \gset

\echo === the batch statement: the first 4 posts of each of 20 authors, one LATERAL statement
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT a.id, q.id FROM unnest(CAST(:'authors' AS uuid[])) WITH ORDINALITY AS a(id, n)
CROSS JOIN LATERAL (
    SELECT q.id, q.created_at FROM posts q
    WHERE q.author_id = a.id AND q.state = 'visible' AND q.moderation = 'visible' AND NOT q.author_suspended
      AND (q.author_id = CAST(:'reader' AS uuid) OR q.visibility IN ('public', 'unlisted')
           OR (q.visibility = 'direct' AND CAST(:'reader' AS uuid) = ANY (q.mention_ids))
           OR (q.visibility = 'followers' AND EXISTS (SELECT 1 FROM followers f WHERE f.followee_id = q.author_id
                                                      AND f.follower_id = CAST(:'reader' AS uuid))))
    ORDER BY q.created_at DESC, q.id DESC LIMIT 4) q
ORDER BY a.n, q.created_at DESC, q.id DESC;

\echo === the same pages with a window function (every post of the 20 authors is read and ranked)
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT author_id, id FROM (
    SELECT q.author_id, q.id, row_number() OVER (PARTITION BY q.author_id ORDER BY q.created_at DESC, q.id DESC) AS k
    FROM posts q WHERE q.author_id = ANY (CAST(:'authors' AS uuid[])) AND q.state = 'visible'
      AND q.moderation = 'visible' AND NOT q.author_suspended
      AND (q.author_id = CAST(:'reader' AS uuid) OR q.visibility IN ('public', 'unlisted')
           OR (q.visibility = 'direct' AND CAST(:'reader' AS uuid) = ANY (q.mention_ids))
           OR (q.visibility = 'followers' AND EXISTS (SELECT 1 FROM followers f WHERE f.followee_id = q.author_id
                                                      AND f.follower_id = CAST(:'reader' AS uuid))))) t
WHERE k <= 4;

\echo === one single-author statement (the gateway made 20 of these, each its own HTTP call)
SELECT (SELECT id FROM people WHERE n = 2) AS one \gset
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT q.id FROM posts q WHERE q.author_id = :'one' AND q.state = 'visible' AND q.moderation = 'visible'
  AND NOT q.author_suspended AND (q.visibility IN ('public', 'unlisted') OR (q.visibility = 'direct'
  AND CAST(:'reader' AS uuid) = ANY (q.mention_ids))) ORDER BY q.created_at DESC, q.id DESC LIMIT 4;

\echo === the replies statement: the first 101 direct replies of the 20 most answered posts
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT a.id, q.id FROM unnest(CAST(:'parents' AS uuid[])) WITH ORDINALITY AS a(id, n)
CROSS JOIN LATERAL (
    SELECT q.id, q.created_at FROM posts q
    WHERE q.reply_to_id = a.id
      AND (q.author_id = CAST(:'reader' AS uuid) OR q.visibility IN ('public', 'unlisted')
           OR (q.visibility = 'direct' AND CAST(:'reader' AS uuid) = ANY (q.mention_ids))
           OR (q.visibility = 'followers' AND EXISTS (SELECT 1 FROM followers f WHERE f.followee_id = q.author_id
                                                      AND f.follower_id = CAST(:'reader' AS uuid))))
    ORDER BY q.created_at, q.id LIMIT 101) q
ORDER BY a.n, q.created_at, q.id;
