package nova.contracts.user;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code user.unbanned}: a ban ended. Subject: the user id. {@code unbannedBy} is the holder of {@code ban_users}
 * who lifted it, or null when a ban with an end simply lapsed.
 */
public record UserUnbanned(UUID userId, UUID unbannedBy, Instant unbannedAt) {

    public static final String TYPE = "user.unbanned";

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("userId", userId.toString())
                .add("unbannedAt", unbannedAt.toString());
        if (unbannedBy == null) {
            json.addNull("unbannedBy");
        } else {
            json.add("unbannedBy", unbannedBy.toString());
        }
        return json.build();
    }

    /** Reads the payload; unknown fields are ignored. */
    public static UserUnbanned from(JsonObject data) {
        String by = data.isNull("unbannedBy") ? null : data.getString("unbannedBy", null);
        return new UserUnbanned(UUID.fromString(data.getString("userId")), by == null ? null : UUID.fromString(by),
                Instant.parse(data.getString("unbannedAt")));
    }
}
