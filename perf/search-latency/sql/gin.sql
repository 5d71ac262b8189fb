-- rank only the newest :n matches (backwards over (generation, created_at) while the term is frequent, the GIN
-- index when it is rare: the planner picks by the term's statistics), highlight only the page
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF, SUMMARY ON)
WITH candidates AS MATERIALIZED (
  SELECT d.kind, d.id, d.document FROM search_index d
  WHERE d.generation = 1 AND d.document @@ (websearch_to_tsquery('simple', :'t') || websearch_to_tsquery('english', :'t') || websearch_to_tsquery('german', :'t')
  || websearch_to_tsquery('french', :'t') || websearch_to_tsquery('spanish', :'t') || websearch_to_tsquery('italian', :'t')
  || websearch_to_tsquery('portuguese', :'t') || websearch_to_tsquery('dutch', :'t'))
  AND NOT d.hidden AND NOT EXISTS (SELECT 1 FROM search_users u
  WHERE u.generation = d.generation AND u.id = d.author_id AND (NOT u.discoverable OR u.banned OR u.deleted))
  ORDER BY d.created_at + interval '0' DESC LIMIT :n),
q AS (SELECT websearch_to_tsquery('simple', :'t') || websearch_to_tsquery('english', :'t') || websearch_to_tsquery('german', :'t')
  || websearch_to_tsquery('french', :'t') || websearch_to_tsquery('spanish', :'t') || websearch_to_tsquery('italian', :'t')
  || websearch_to_tsquery('portuguese', :'t') || websearch_to_tsquery('dutch', :'t') AS query),
page AS (SELECT c.kind, c.id, ts_rank_cd(c.document, q.query, 32) AS score FROM candidates c, q ORDER BY score DESC, id LIMIT 21)
SELECT page.kind, CAST(page.id AS text), page.score, ts_headline(search_config(d.language), coalesce(d.title || '. ', '') || d.body, q.query, 'MaxFragments=1, MaxWords=24, MinWords=10, ShortWord=2')
FROM page JOIN search_index d ON d.generation = 1 AND d.kind = page.kind AND d.id = page.id, q ORDER BY page.score DESC, page.id;
