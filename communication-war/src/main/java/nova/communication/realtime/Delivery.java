package nova.communication.realtime;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What one event of {@code nova.communication} means for the connected: the frame and the members to push it to.
 * Pure: read from the event's type and payload alone (each payload names whom to tell; nothing is looked up).
 * <ul>
 * <li>{@code communication.message.sent}: its recipients, and the sender's own other connections (their other
 * devices show what was sent);</li>
 * <li>{@code communication.conversation.read}: every member (the others see the receipt, the reader's other
 * devices their unread count fall);</li>
 * <li>{@code communication.notification.sent}: its recipient.</li>
 * </ul>
 * Other types are nobody's business here.
 */
public record Delivery(Frame frame, Set<UUID> recipients) {

    public static final String MESSAGE_SENT = "communication.message.sent";
    public static final String CONVERSATION_READ = "communication.conversation.read";
    public static final String NOTIFICATION_SENT = "communication.notification.sent";

    /** @throws IllegalArgumentException when a payload of a known type lacks what it must carry */
    public static Optional<Delivery> of(String type, JsonObject data) {
        try {
            return switch (type) {
                case MESSAGE_SENT -> {
                    Set<UUID> to = ids(data, "recipientIds");
                    to.add(uuid(data, "senderId"));
                    yield Optional.of(new Delivery(new Frame(Frame.MESSAGE,
                            new FrameCursor(instant(data, "sentAt"), uuid(data, "messageId")), data), to));
                }
                case CONVERSATION_READ -> Optional.of(new Delivery(new Frame(Frame.READ,
                        new FrameCursor(instant(data, "at"), uuid(data, "upToMessageId")), data), ids(data, "memberIds")));
                case NOTIFICATION_SENT -> Optional.of(new Delivery(new Frame(Frame.NOTIFICATION,
                        new FrameCursor(instant(data, "at"), uuid(data, "notificationId")), data),
                        new LinkedHashSet<>(Set.of(uuid(data, "recipientId")))));
                default -> Optional.empty();
            };
        } catch (NullPointerException | ClassCastException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("a " + type + " without what it must carry");
        }
    }

    private static UUID uuid(JsonObject data, String name) {
        return UUID.fromString(data.getString(name));
    }

    private static Instant instant(JsonObject data, String name) {
        return Instant.parse(data.getString(name));
    }

    private static Set<UUID> ids(JsonObject data, String name) {
        Set<UUID> ids = new LinkedHashSet<>();
        JsonValue value = data.get(name);
        if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                ids.add(UUID.fromString(((JsonString) item).getString()));
            }
        }
        return ids;
    }
}
