package nova.contracts.user;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.UUID;

/** {@code user.profile.updated}: the profile as it now is, so consumers need not call back. Subject: the user id. */
public record ProfileUpdated(UUID userId, String username, String displayName, String bio, String locale,
                             Instant updatedAt) {

    public static final String TYPE = "user.profile.updated";

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("userId", userId.toString())
                .add("username", username)
                .add("updatedAt", updatedAt.toString());
        addOrNull(json, "displayName", displayName);
        addOrNull(json, "bio", bio);
        addOrNull(json, "locale", locale);
        return json.build();
    }

    public static ProfileUpdated from(JsonObject data) {
        return new ProfileUpdated(UUID.fromString(data.getString("userId")), data.getString("username"),
                data.getString("displayName", null), data.getString("bio", null), data.getString("locale", null),
                Instant.parse(data.getString("updatedAt")));
    }

    private static void addOrNull(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
