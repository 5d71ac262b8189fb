package nova.contracts.content;

import java.util.UUID;

/**
 * A moderator's decision on one item: {@code action} {@code hide | remove | restore} on {@code itemType}
 * ({@code post | article | comment}) {@code itemId}, with a required {@code reason} (1–1000 characters), and the
 * {@code reportId} it answers (optional: that report is resolved as actioned).
 */
public record ModerationDecision(String itemType, UUID itemId, String action, String reason, UUID reportId) {
}
