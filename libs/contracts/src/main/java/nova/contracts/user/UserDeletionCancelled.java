package nova.contracts.user;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/** {@code user.deletion_cancelled}: the user withdrew a scheduled deletion before it took effect. Subject: the user id. */
public record UserDeletionCancelled(UUID userId, Instant cancelledAt) {

    public static final String TYPE = "user.deletion_cancelled";

    public JsonObject toJson() {
        return Json.createObjectBuilder()
                .add("userId", userId.toString())
                .add("cancelledAt", cancelledAt.toString())
                .build();
    }

    /** Reads the payload; unknown fields are ignored. */
    public static UserDeletionCancelled from(JsonObject data) {
        return new UserDeletionCancelled(UUID.fromString(data.getString("userId")),
                Instant.parse(data.getString("cancelledAt")));
    }
}
