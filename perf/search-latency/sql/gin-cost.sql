-- What the GIN index on search_index.document costs a bulk write, on a corpus perf/search just built (run by
-- search-only.sh in its scratch database, dropped after). 100,000 documents of the serving generation are copied
-- into a generation of their own in multi-row INSERTs of 500 rows (as the rebuild's runs of post creations),
-- first with every index, then with the GIN index dropped; then the GIN index is built over the whole table in one
-- go. The tsvector is generated in every case (a stored generated column): the difference is the index.
\timing on
SET statement_timeout = '300s';
SELECT count(*) AS documents, (SELECT serving FROM search_projection) AS serving FROM search_index;
CREATE TEMP TABLE sample AS
  SELECT row_number() OVER () AS n, kind, id, author_id, title, body, language, has_media, hashtags, created_at, hidden
  FROM search_index WHERE generation = (SELECT serving FROM search_projection) LIMIT 100000;
CREATE FUNCTION pg_temp.copy_in(g bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  FOR b IN 0..199 LOOP
    INSERT INTO search_index (generation, kind, id, author_id, title, body, language, has_media, hashtags, created_at, hidden)
      SELECT g, kind, id, author_id, title, body, language, has_media, hashtags, created_at, hidden
      FROM sample WHERE n > b * 500 AND n <= (b + 1) * 500;
  END LOOP;
END $$;
\echo 100,000 documents in 200 INSERTs of 500, every index
SELECT pg_temp.copy_in(900001);
DELETE FROM search_index WHERE generation = 900001;
DROP INDEX search_index_document;
\echo the same without the GIN index
SELECT pg_temp.copy_in(900002);
DELETE FROM search_index WHERE generation = 900002;
\echo the GIN index built over the whole table in one go
SELECT count(*) AS documents FROM search_index;
SET maintenance_work_mem = '256MB';
CREATE INDEX search_index_document ON search_index USING gin (document);
