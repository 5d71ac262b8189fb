package nova.contracts.social;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** {@code social.mute.created}: {@code muterId} mutes {@code mutedId}: the muted member's posts and shares leave the muter's feed. */
public record MuteCreated(UUID muterId, UUID mutedId, Instant at) implements RelationshipEvent {

    public static final String TYPE = "social.mute.created";

    public MuteCreated {
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
