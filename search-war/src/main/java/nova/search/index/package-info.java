/**
 * The search engine behind one small interface ({@link nova.search.index.SearchEngine}): documents (public posts
 * and articles), members and hashtags in, ranked pages and type-ahead suggestions out, per projection generation.
 * {@link nova.search.index.PostgresSearchEngine} is PostgreSQL full-text search (weighted tsvectors, ts_rank_cd,
 * pg_trgm); an OpenSearch-backed engine could take its place without the consumers or the resources changing.
 */
package nova.search.index;
