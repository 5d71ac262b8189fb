package nova.contracts.user;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * {@code user.settings.updated}: the settings as they now are, so consumers (social for locked accounts,
 * communication for message policy and notification preferences, search for discoverability) need not call
 * back. Subject: the user id.
 */
public record SettingsUpdated(UUID userId, UserSettings settings) {

    public static final String TYPE = "user.settings.updated";

    public JsonObject toJson() {
        return Json.createObjectBuilder()
                .add("userId", userId.toString())
                .add("locked", settings.locked())
                .add("messagePolicy", settings.messagePolicy())
                .add("discoverable", settings.discoverable())
                .add("notifications", flags(settings.notifications()))
                .add("emails", flags(settings.emails()))
                .add("updatedAt", settings.updatedAt().toString())
                .build();
    }

    /** Reads the payload; unknown fields are ignored. */
    public static SettingsUpdated from(JsonObject data) {
        return new SettingsUpdated(UUID.fromString(data.getString("userId")), new UserSettings(
                data.getBoolean("locked"), data.getString("messagePolicy"), data.getBoolean("discoverable"),
                flags(data.getJsonObject("notifications")), flags(data.getJsonObject("emails")),
                Instant.parse(data.getString("updatedAt"))));
    }

    private static JsonObjectBuilder flags(Map<String, Boolean> flags) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        new TreeMap<>(flags).forEach(json::add);
        return json;
    }

    private static Map<String, Boolean> flags(JsonObject json) {
        Map<String, Boolean> flags = new TreeMap<>();
        json.forEach((name, value) -> flags.put(name, json.getBoolean(name)));
        return flags;
    }
}
