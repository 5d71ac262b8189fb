package nova.contracts.identity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/** {@code identity.user.logged_in}: a session began. Subject: the user id. No IP or user agent: those stay in identity. */
public record UserLoggedIn(UUID userId, UUID sessionId, Instant loggedInAt) {

    public static final String TYPE = "identity.user.logged_in";

    public JsonObject toJson() {
        return Json.createObjectBuilder()
                .add("userId", userId.toString())
                .add("sessionId", sessionId.toString())
                .add("loggedInAt", loggedInAt.toString())
                .build();
    }

    public static UserLoggedIn from(JsonObject data) {
        return new UserLoggedIn(UUID.fromString(data.getString("userId")), UUID.fromString(data.getString("sessionId")),
                Instant.parse(data.getString("loggedInAt")));
    }
}
