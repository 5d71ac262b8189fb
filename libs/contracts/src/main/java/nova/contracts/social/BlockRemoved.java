package nova.contracts.social;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** {@code social.block.removed}: {@code blockerId} no longer blocks {@code blockedId} (follows are not restored). */
public record BlockRemoved(UUID blockerId, UUID blockedId, Instant at) implements RelationshipEvent {

    public static final String TYPE = "social.block.removed";

    public BlockRemoved {
        Objects.requireNonNull(blockerId, "blockerId");
        Objects.requireNonNull(blockedId, "blockedId");
        Objects.requireNonNull(at, "at");
    }

    @Override
    public UUID actorId() {
        return blockerId;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
