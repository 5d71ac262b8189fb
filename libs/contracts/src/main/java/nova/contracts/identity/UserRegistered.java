package nova.contracts.identity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/** {@code identity.user.registered}: an account was created. Subject: the user id. */
public record UserRegistered(UUID userId, String username, String email, Instant registeredAt) {

    public static final String TYPE = "identity.user.registered";

    public JsonObject toJson() {
        return Json.createObjectBuilder()
                .add("userId", userId.toString())
                .add("username", username)
                .add("email", email)
                .add("registeredAt", registeredAt.toString())
                .build();
    }

    /** Reads the payload; unknown fields are ignored. */
    public static UserRegistered from(JsonObject data) {
        return new UserRegistered(UUID.fromString(data.getString("userId")), data.getString("username"),
                data.getString("email"), Instant.parse(data.getString("registeredAt")));
    }
}
