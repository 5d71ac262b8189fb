/**
 * Home feeds: fan-out on write of new posts and shares ({@link nova.social.feed.Fanout}, set-based in
 * {@link nova.social.feed.FeedEntries}), read-time merging of celebrity authors and the keyset read
 * ({@link nova.social.feed.FeedService}), fed by content's post events ({@link nova.social.feed.PostIntake}).
 */
package nova.social.feed;
