/**
 * Search through the gateway: {@code search} (a connection of hits, each hydrated from its owner under the
 * caller's token: posts with one content {@code /posts?ids=} call, articles one by one, users with one user
 * {@code /users?ids=} call, so what a hit shows is checked where it is owned), {@code trendingHashtags},
 * {@code trendingPosts} and {@code typeahead}. {@link nova.gateway.search.SearchClient} is the only way to the
 * search context.
 */
package nova.gateway.search;
