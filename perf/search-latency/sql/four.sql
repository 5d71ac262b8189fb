-- As three.sql, with the middle tier's boundary taken first and given as a value (search-war binds it, cached for
-- 10 s): the planner then sees how narrow the range is. Here the boundary's own statement is timed too.
-- candidates: the newest :n matches, in three tiers. First among the newest :w documents (the time index backwards,
-- a bounded scan: enough when the term is frequent); only when fewer than :n matched there, among the newest :m
-- documents (a bitmap AND of the GIN index and the time index's range: middle-frequency terms fetch only the
-- matches within that range); only when fewer than :n matched there too, the GIN index over everything (the term
-- is then rare enough for a small bitmap), newest first.
SELECT extract(epoch FROM created_at) AS boundary FROM search_index WHERE generation = 1 ORDER BY created_at DESC OFFSET :m LIMIT 1 \gset
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF, SUMMARY ON)
WITH q AS MATERIALIZED (SELECT websearch_to_tsquery('simple', :'t') || websearch_to_tsquery('english', :'t') || websearch_to_tsquery('german', :'t')
  || websearch_to_tsquery('french', :'t') || websearch_to_tsquery('spanish', :'t') || websearch_to_tsquery('italian', :'t')
  || websearch_to_tsquery('portuguese', :'t') || websearch_to_tsquery('dutch', :'t') AS query),
recent AS MATERIALIZED (
  SELECT r.kind, r.id, r.document, r.created_at FROM (SELECT d.kind, d.id, d.document, d.created_at, d.author_id, d.hidden
      FROM search_index d WHERE d.generation = 1 ORDER BY d.created_at DESC LIMIT :w) r, q
  WHERE r.document @@ q.query AND NOT r.hidden AND NOT EXISTS (SELECT 1 FROM search_users u
    WHERE u.generation = 1 AND u.id = r.author_id AND (NOT u.discoverable OR u.banned OR u.deleted))
  ORDER BY r.created_at DESC LIMIT :n),
middle AS MATERIALIZED (
  SELECT d.kind, d.id, d.document FROM search_index d, q
   WHERE (SELECT count(*) FROM recent) < :n AND d.generation = 1
     AND d.created_at >= to_timestamp(:boundary)
     AND d.document @@ q.query AND NOT d.hidden
     AND NOT EXISTS (SELECT 1 FROM search_users u
       WHERE u.generation = d.generation AND u.id = d.author_id AND (NOT u.discoverable OR u.banned OR u.deleted))
   ORDER BY d.created_at + interval '0' DESC LIMIT :n),
candidates AS (
  SELECT kind, id, document FROM recent
  UNION ALL
  SELECT kind, id, document FROM middle
  UNION ALL
  (SELECT d.kind, d.id, d.document FROM search_index d, q
   WHERE (SELECT count(*) FROM recent) < :n AND (SELECT count(*) FROM middle) < :n AND d.generation = 1 AND d.document @@ q.query AND NOT d.hidden
     AND NOT EXISTS (SELECT 1 FROM search_users u
       WHERE u.generation = d.generation AND u.id = d.author_id AND (NOT u.discoverable OR u.banned OR u.deleted))
   ORDER BY d.created_at + interval '0' DESC LIMIT :n)),
page AS (SELECT c.kind, c.id, ts_rank_cd(c.document, q.query, 32) AS score FROM
  (SELECT DISTINCT ON (kind, id) * FROM candidates) c, q ORDER BY score DESC, id LIMIT 21)
SELECT page.kind, CAST(page.id AS text), page.score, ts_headline(search_config(d.language), coalesce(d.title || '. ', '') || d.body, q.query, 'MaxFragments=1, MaxWords=24, MinWords=10, ShortWord=2')
FROM page JOIN search_index d ON d.generation = 1 AND d.kind = page.kind AND d.id = page.id, q ORDER BY page.score DESC, page.id;
