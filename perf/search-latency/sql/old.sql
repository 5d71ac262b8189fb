-- the query as search-war ran it before (every match ranked)
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF, SUMMARY ON)
WITH q AS (SELECT websearch_to_tsquery('simple', :'t') || websearch_to_tsquery('english', :'t') || websearch_to_tsquery('german', :'t')
  || websearch_to_tsquery('french', :'t') || websearch_to_tsquery('spanish', :'t') || websearch_to_tsquery('italian', :'t')
  || websearch_to_tsquery('portuguese', :'t') || websearch_to_tsquery('dutch', :'t') AS query),
hits AS (SELECT d.kind, d.id, d.title, d.body, d.language, ts_rank_cd(d.document, q.query, 32) AS score
  FROM search_index d, q WHERE d.generation = 1 AND d.document @@ q.query AND NOT d.hidden AND NOT EXISTS (SELECT 1 FROM search_users u
  WHERE u.generation = d.generation AND u.id = d.author_id AND (NOT u.discoverable OR u.banned OR u.deleted))),
page AS (SELECT * FROM hits ORDER BY score DESC, id LIMIT 21)
SELECT page.kind, CAST(page.id AS text), page.score, ts_headline(search_config(page.language), coalesce(page.title || '. ', '') || page.body, q.query, 'MaxFragments=1, MaxWords=24, MinWords=10, ShortWord=2')
FROM page, q ORDER BY page.score DESC, page.id;
