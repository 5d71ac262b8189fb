-- perf/search-latency/sql/generate.sql: writes :n realistic documents straight into the projection's tables of
-- a scratch database (search-war's V1 migration applied first), for SQL-level plans and timings without Kafka.
-- The same corpus as SearchBenchmark: 12–40 words from a 5,000-word vocabulary drawn Zipf-like (|gauss| * 700),
-- 70 % English, 20 % German, 10 % no language, one of 200 hashtags, 'commonterm' in every third document,
-- 'rareterm<k>' in every hundredth (k = i / 1000: each in ~10 documents), 'midterm' in every 33rd (3 %),
-- 'tenthterm' in every tenth (10 %), 2,000 authors, one post a second.
-- psql -v n=100000 -f generate.sql
\set ON_ERROR_STOP on
CREATE TEMP TABLE vocab AS
  SELECT i, string_agg(chr(97 + (abs(hashtext(i || ':' || j)) % 26)), '') AS w
  FROM generate_series(0, 4999) i, LATERAL generate_series(1, 4 + i % 7) j GROUP BY i;
SELECT array_agg(w ORDER BY i) AS vocab FROM vocab \gset
CREATE TEMP TABLE authors AS SELECT i, gen_random_uuid() AS id FROM generate_series(0, 1999) i;
INSERT INTO search_users (generation, id, username, display_name)
  SELECT 1, id, 'member' || i, 'Member ' || i FROM authors ON CONFLICT DO NOTHING;
SELECT coalesce(max(created_at), timestamptz '2026-01-01') AS base FROM search_index \gset
INSERT INTO search_index (generation, kind, id, author_id, body, language, has_media, hashtags, created_at)
SELECT 1, 'post', gen_random_uuid(), a.id,
       (SELECT string_agg((:'vocab'::text[])[1 + least(4999, floor(abs(sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())) * 700)::int + 0 * k)], ' ')
          FROM generate_series(1, 12 + (s % 29)) k)
         || CASE WHEN s % 3 = 0 THEN ' commonterm' ELSE '' END
         || CASE WHEN s % 100 = 7 THEN ' rareterm' || (s / 1000) ELSE '' END
         || CASE WHEN s % 33 = 5 THEN ' midterm' ELSE '' END
         || CASE WHEN s % 10 = 3 THEN ' tenthterm' ELSE '' END
         || ' #tag' || (s % 200),
       CASE WHEN s % 10 < 7 THEN 'en' WHEN s % 10 < 9 THEN 'de' END,
       s % 5 = 0, 'tag' || (s % 200),
       :'base'::timestamptz + s * interval '1 second'
FROM generate_series(1, :n) s JOIN authors a ON a.i = s % 2000;
ANALYZE search_index;
SELECT count(*) AS documents, pg_size_pretty(pg_total_relation_size('search_index')) AS size FROM search_index;
