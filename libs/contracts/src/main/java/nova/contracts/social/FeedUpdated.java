package nova.contracts.social;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code social.feed.updated}: a post (by {@code authorId}) or a share of it (by {@code sharedBy}, else null) was
 * written into {@code recipients} home feeds. Published once per fan-out, not per redelivery of its cause; an
 * author above the celebrity threshold is not fanned out (merged at read time), so {@code recipients} may be 0.
 */
public record FeedUpdated(UUID postId, UUID authorId, UUID sharedBy, int recipients, Instant at) implements FeedEvent {

    public static final String TYPE = "social.feed.updated";

    public FeedUpdated {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
