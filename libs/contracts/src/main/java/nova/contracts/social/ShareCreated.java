package nova.contracts.social;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** {@code social.share.created}: {@code userId} shared (boosted) the post: it now reaches their followers' feeds. */
public record ShareCreated(UUID postId, UUID postAuthorId, UUID userId, Instant at) implements EngagementEvent {

    public static final String TYPE = "social.share.created";

    public ShareCreated {
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
