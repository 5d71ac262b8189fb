package nova.contracts.social;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** {@code social.block.created}: {@code blockerId} blocks {@code blockedId}: follows and requests both ways are gone (each as a {@code social.follow.removed} with cause {@code block}) and each is hidden from the other. */
public record BlockCreated(UUID blockerId, UUID blockedId, Instant at) implements RelationshipEvent {

    public static final String TYPE = "social.block.created";

    public BlockCreated {
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
