/**
 * The search API for signed-in members: full-text search with filters and keyset pages, type-ahead, and the
 * trending lists, each answered from the serving generation of the projection.
 */
package nova.search.query;
