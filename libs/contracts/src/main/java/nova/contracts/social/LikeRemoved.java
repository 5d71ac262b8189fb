package nova.contracts.social;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** {@code social.like.removed}: {@code userId} took back their like (or their account was deleted). */
public record LikeRemoved(UUID postId, UUID postAuthorId, UUID userId, Instant at) implements EngagementEvent {

    public static final String TYPE = "social.like.removed";

    public LikeRemoved {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(postAuthorId, "postAuthorId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
