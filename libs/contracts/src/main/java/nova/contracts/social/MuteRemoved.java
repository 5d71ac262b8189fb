package nova.contracts.social;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** {@code social.mute.removed}: {@code muterId} no longer mutes {@code mutedId}. */
public record MuteRemoved(UUID muterId, UUID mutedId, Instant at) implements RelationshipEvent {

    public static final String TYPE = "social.mute.removed";

    public MuteRemoved {
        Objects.requireNonNull(muterId, "muterId");
        Objects.requireNonNull(mutedId, "mutedId");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public UUID actorId() {
        return muterId;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
