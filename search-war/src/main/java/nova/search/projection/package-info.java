/**
 * The projection: what each event of {@code nova.user}, {@code nova.content} and {@code nova.social} does to the
 * search engine and the trending counters ({@link nova.search.projection.Projector}), applied live to the serving
 * generation by three inbox consumers ({@link nova.search.projection.LiveProjection}) and, during a rebuild, kept
 * in a backlog for the generation being built.
 */
package nova.search.projection;
