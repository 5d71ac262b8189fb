package nova.social.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The fan-out's thresholds (MicroProfile Config, each overridable from the environment, e.g.
 * {@code NOVA_SOCIAL_FEED_MAX_ENTRIES}).
 */
@ApplicationScoped
public class FeedSettings {

    /** The most entries a feed keeps (800, as Twitter and Mastodon); trimmed once it is a sixteenth over. */
    @Inject
    @ConfigProperty(name = "nova.social.feed.max-entries", defaultValue = "800")
    int maxEntries;

    /** Followers who have not read their feed for this long are skipped; their feed is rebuilt when they return. */
    @Inject
    @ConfigProperty(name = "nova.social.fanout.inactive-after", defaultValue = "P30D")
    Duration inactiveAfter;

    /** Authors with more followers than this are not fanned out: their posts are merged into feeds at read time. */
    @Inject
    @ConfigProperty(name = "nova.social.fanout.celebrity-followers", defaultValue = "10000")
    long celebrityFollowers;

    public int maxEntries() {
        return maxEntries;
    }

    /** The size at which a feed is trimmed back to {@link #maxEntries}: trimming each feed on every insert would cost more than the insert. */
    public int trimAt() {
        return maxEntries + Math.max(1, maxEntries / 16);
    }

    public Duration inactiveAfter() {
        return inactiveAfter;
    }

    public long celebrityFollowers() {
        return celebrityFollowers;
    }
}
