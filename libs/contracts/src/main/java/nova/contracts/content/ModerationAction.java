package nova.contracts.content;

import java.time.Instant;
import java.util.UUID;

/**
 * A moderation action taken and recorded: the item, its author, what was done and why, by whom, the report it
 * answered (or null), and the item's moderation {@code state} after it ({@code visible | hidden | removed}).
 */
public record ModerationAction(UUID id, String itemType, UUID itemId, UUID authorId, String action, String reason,
                               UUID moderatorId, UUID reportId, String state, Instant at) {
}
