package nova.contracts.social;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** {@code social.share.removed}: {@code userId} took back their share; it leaves the feeds it reached. */
public record ShareRemoved(UUID postId, UUID postAuthorId, UUID userId, Instant at) implements EngagementEvent {

    public static final String TYPE = "social.share.removed";

    public ShareRemoved {
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
