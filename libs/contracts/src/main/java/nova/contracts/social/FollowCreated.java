package nova.contracts.social;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** {@code social.follow.created}: {@code followerId} now follows {@code followeeId} (directly, or its request was approved). */
public record FollowCreated(UUID followerId, UUID followeeId, Instant at) implements RelationshipEvent {

    public static final String TYPE = "social.follow.created";

    public FollowCreated {
        Objects.requireNonNull(followerId, "followerId");
        Objects.requireNonNull(followeeId, "followeeId");
        Objects.requireNonNull(at, "at");
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
