package nova.communication.realtime;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * One frame pushed to a client: {@code {"type": "message" | "read" | "notification", "id": <cursor>, "data": {...}}}.
 * {@code data} is the event's payload as the contract writes it ({@code MessageSent}, {@code ConversationRead},
 * {@code NotificationSent}). A client may see a frame twice (catch-up and a live push can overlap): the payload's
 * own id ({@code messageId}, {@code notificationId}, ...) tells it so.
 */
public record Frame(String type, FrameCursor cursor, JsonObject data) {

    public static final String MESSAGE = "message";
    public static final String READ = "read";
    public static final String NOTIFICATION = "notification";

    public String toJson() {
        return Json.createObjectBuilder().add("type", type).add("id", cursor.encode()).add("data", data).build().toString();
    }
}
