package nova.communication.member;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;

/** A member's on/off switches (notification types, kinds of email), stored as a JSON object's text. */
final class Switches {

    /** The user context's defaults for kinds of email (nova.user.settings.Preferences); every notification type is on. */
    static final Map<String, Boolean> EMAIL_DEFAULTS = Map.of("notifications", true, "digest", false, "product_news", false);

    private Switches() {
    }

    static String write(Map<String, Boolean> values) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        new TreeMap<>(values == null ? Map.of() : values).forEach(json::add);
        return json.build().toString();
    }

    /** The stored switch, or {@code fallback} when it was never said. */
    static boolean read(String json, String key, boolean fallback) {
        if (json == null || json.isBlank()) {
            return fallback;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject stored = reader.readObject();
            JsonValue value = stored.get(key);
            if (value == null) {
                return fallback;
            }
            return value.getValueType() == JsonValue.ValueType.TRUE
                    || value.getValueType() != JsonValue.ValueType.FALSE && fallback;
        }
    }
}
