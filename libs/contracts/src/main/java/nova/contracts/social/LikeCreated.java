package nova.contracts.social;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** {@code social.like.created}: {@code userId} liked the post (published once per like: liking again is no change). */
public record LikeCreated(UUID postId, UUID postAuthorId, UUID userId, Instant at) implements EngagementEvent {

    public static final String TYPE = "social.like.created";

    public LikeCreated {
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
