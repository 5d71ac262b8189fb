-- The query plan of social's batch list read (nova.social.relationship.Ties.firstOfEach: the first followers of many
-- members at once) on a realistic table: :ties follow rows among :members members, plus blocks. Run in a database of
-- your own (it creates relationships with V1's columns and indexes), e.g.
--   createdb perf_x && psql -v members=50000 -v ties=2000000 -f lists-by-members.sql perf_x
-- Compares, for the same 20 members and viewer: the batch statement (LATERAL over relationships_by_target, 4 rows
-- each) and one single-member statement (the gateway used to cause 20 of these). Plans and times from EXPLAIN ANALYZE.
\set ON_ERROR_STOP on
DROP TABLE IF EXISTS relationships;
CREATE TABLE relationships (source_id UUID NOT NULL, target_id UUID NOT NULL, kind TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL, PRIMARY KEY (source_id, target_id, kind), CHECK (source_id <> target_id));
CREATE TEMP TABLE people AS SELECT n, gen_random_uuid() AS id FROM generate_series(1, :members) n;
CREATE UNIQUE INDEX ON people (n);
INSERT INTO relationships SELECT a.id, b.id, CASE WHEN g % 200 = 0 THEN 'block' ELSE 'follow' END,
       now() - (g || ' seconds')::interval
FROM generate_series(1, :ties) g
JOIN people a ON a.n = 1 + (g::bigint * 31) % :members
JOIN people b ON b.n = 1 + (g::bigint * 7 + g / :members) % :members
WHERE a.id <> b.id ON CONFLICT DO NOTHING;
CREATE INDEX relationships_by_target ON relationships (target_id, kind, created_at DESC, source_id);
CREATE INDEX relationships_by_source ON relationships (source_id, kind, created_at DESC, target_id);
VACUUM ANALYZE relationships;
SELECT kind, count(*) FROM relationships GROUP BY kind;
SELECT (SELECT id FROM people WHERE n = 1) AS viewer \gset
SELECT '{' || string_agg(id::text, ',') || '}' AS members FROM people WHERE n BETWEEN 2 AND 21 \gset

\echo === the batch statement: the first 4 followers of each of 20 members, blocks with the viewer left out
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT m.id, t.other, t.created_at FROM unnest(CAST(:'members' AS uuid[])) WITH ORDINALITY AS m(id, n)
CROSS JOIN LATERAL (
    SELECT t.source_id AS other, t.created_at FROM relationships t
    WHERE t.target_id = m.id AND t.kind = 'follow'
      AND NOT EXISTS (SELECT 1 FROM relationships b WHERE b.kind = 'block'
                      AND ((b.source_id = CAST(:'viewer' AS uuid) AND b.target_id = t.source_id)
                           OR (b.source_id = t.source_id AND b.target_id = CAST(:'viewer' AS uuid))))
    ORDER BY t.created_at DESC, t.source_id DESC LIMIT 4) t
ORDER BY m.n, t.created_at DESC, t.other DESC;

\echo === one single-member statement
SELECT (SELECT id FROM people WHERE n = 2) AS one \gset
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT t.source_id, t.created_at FROM relationships t
WHERE t.target_id = :'one' AND t.kind = 'follow'
  AND NOT EXISTS (SELECT 1 FROM relationships b WHERE b.kind = 'block'
                  AND ((b.source_id = CAST(:'viewer' AS uuid) AND b.target_id = t.source_id)
                       OR (b.source_id = t.source_id AND b.target_id = CAST(:'viewer' AS uuid))))
ORDER BY t.created_at DESC, t.source_id DESC LIMIT 4;
