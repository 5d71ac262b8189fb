package nova.contracts.communication;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One notification, grouped: every unread event of the same {@code type} about the same target lands in one
 * notification ("A and 3 others liked your post"). {@code type} is {@code follow}, {@code follow_request},
 * {@code like}, {@code share}, {@code comment}, {@code mention}, {@code message} or {@code moderation};
 * {@code targetType} {@code user} (follows: the recipient), {@code post}, {@code article}, {@code comment} or
 * {@code conversation}. {@code actorIds} are the most recent actors first (at most 3), {@code actorCount} all
 * of them; {@code text} the English sentence with the actors' display names; {@code detail} what the type
 * adds (moderation: the action {@code hide|remove|restore}; otherwise null).
 */
public record Notification(UUID id, String type, String targetType, UUID targetId, List<UUID> actorIds,
                           int actorCount, String text, String detail, boolean read, Instant createdAt,
                           Instant updatedAt) {

    public Notification {
        actorIds = actorIds == null ? List.of() : List.copyOf(actorIds);
    }
}
