package nova.contracts.user;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/** {@code user.verified}: the user proved their email address (from identity's {@code identity.email.verified}). Subject: the user id. */
public record UserVerified(UUID userId, String username, Instant verifiedAt) {

    public static final String TYPE = "user.verified";

    public JsonObject toJson() {
        return Json.createObjectBuilder()
                .add("userId", userId.toString())
                .add("username", username)
                .add("verifiedAt", verifiedAt.toString())
                .build();
    }

    /** Reads the payload; unknown fields are ignored. */
    public static UserVerified from(JsonObject data) {
        return new UserVerified(UUID.fromString(data.getString("userId")), data.getString("username"),
                Instant.parse(data.getString("verifiedAt")));
    }
}
