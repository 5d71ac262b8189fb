package nova.user.settings;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The per-type switches of a user's settings: which notifications to get ({@link #NOTIFICATIONS}) and which
 * emails ({@link #EMAILS}), with their defaults. Stored as JSON objects ({@code user_settings.notification_preferences},
 * {@code email_preferences}); whatever is stored, an account always has a value for every known key (the
 * default where it has none), and keys that are no longer known are dropped.
 */
public final class Preferences {

    /** Notification types (what communication sends) and their defaults: every one on. */
    public static final Map<String, Boolean> NOTIFICATIONS = ordered(
            "follow", true, "follow_request", true, "mention", true, "reply", true, "like", true, "share", true,
            "message", true);

    /** Kinds of email and their defaults. Security mail (verification, reset, password changed) is always sent. */
    public static final Map<String, Boolean> EMAILS = ordered("notifications", true, "digest", false, "product_news", false);

    private Preferences() {
    }

    /** Every known key of {@code defaults}, with the stored value where there is one (stored JSON object text). */
    static Map<String, Boolean> read(String json, Map<String, Boolean> defaults) {
        Map<String, Boolean> values = new TreeMap<>(defaults);
        if (json == null || json.isBlank()) {
            return values;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject stored = reader.readObject();
            stored.forEach((key, value) -> {
                JsonValue.ValueType type = value.getValueType();
                if (defaults.containsKey(key) && (type == JsonValue.ValueType.TRUE || type == JsonValue.ValueType.FALSE)) {
                    values.put(key, type == JsonValue.ValueType.TRUE);
                }
            });
        }
        return values;
    }

    /** The JSON object stored for these values, keys sorted. */
    static String write(Map<String, Boolean> values) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        new TreeMap<>(values).forEach(json::add);
        return json.build().toString();
    }

    private static Map<String, Boolean> ordered(Object... keysAndValues) {
        Map<String, Boolean> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (Boolean) keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
