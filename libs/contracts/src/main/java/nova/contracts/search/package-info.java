/**
 * The search context's public language: its REST API ({@link nova.contracts.search.SearchApi}) and the records it
 * answers with. Search publishes no events: it is a projection of {@code nova.user}, {@code nova.content} and
 * {@code nova.social}.
 */
package nova.contracts.search;
