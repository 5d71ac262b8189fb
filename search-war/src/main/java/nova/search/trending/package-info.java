/**
 * Trending hashtags and posts: engagement counted into time buckets as events arrive ({@link
 * nova.search.trending.TrendingCounters}), read over a sliding window with time decay; {@link
 * nova.search.trending.Engagement} says what each kind of engagement weighs.
 */
package nova.search.trending;
