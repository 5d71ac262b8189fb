package nova.contracts.social;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * {@code social.follow.removed}: {@code followerId} no longer follows (or no longer asks to follow)
 * {@code followeeId}. {@code cause}: {@code unfollow} (the follower unfollowed or withdrew the request),
 * {@code rejected} (the followee rejected the request), {@code block} (either side blocked the other) or
 * {@code deleted} (either account was deleted).
 */
public record FollowRemoved(UUID followerId, UUID followeeId, String cause, Instant at) implements RelationshipEvent {

    public static final String TYPE = "social.follow.removed";

    /** The causes there are. */
    public static final Set<String> CAUSES = Set.of("unfollow", "rejected", "block", "deleted");

    public FollowRemoved {
        Objects.requireNonNull(followerId, "followerId");
        Objects.requireNonNull(followeeId, "followeeId");
        Objects.requireNonNull(at, "at");
        if (!CAUSES.contains(cause)) {
            throw new IllegalArgumentException("cause: " + cause);
        }
    }

    @Override
    public UUID actorId() {
        return followerId;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
