package nova.contracts.communication;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code communication.notification.sent}: a notification was created, or an unread one grew by an actor (the
 * same {@code notificationId} again, its {@code actorCount} higher). The fields are those of {@link Notification}
 * ({@code notificationType} is its {@code type}).
 */
public record NotificationSent(UUID notificationId, UUID recipientId, String notificationType, String targetType, UUID targetId,
                               List<UUID> actorIds, int actorCount, String text, String detail, Instant at)
        implements NotificationEvent {

    public static final String TYPE = "communication.notification.sent";

    public NotificationSent {
        Objects.requireNonNull(notificationId, "notificationId");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(notificationType, "notificationType");
        Objects.requireNonNull(at, "at");
        actorIds = actorIds == null ? List.of() : List.copyOf(actorIds);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
