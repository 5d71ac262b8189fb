package nova.contracts.social;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** {@code social.follow.requested}: {@code followerId} asked to follow the locked account {@code followeeId}; pending until approved or rejected. */
public record FollowRequested(UUID followerId, UUID followeeId, Instant at) implements RelationshipEvent {

    public static final String TYPE = "social.follow.requested";

    public FollowRequested {
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
