package nova.search.projection;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A tolerant reader of the content and social payloads: the fields search needs, read by their names in the
 * contract (WAVE-SPEC), every other field ignored, a missing optional one read as null or empty. A required one
 * missing or malformed is an {@link IllegalArgumentException}, which the inbox treats as an event no retry can
 * help (dead letter).
 */
record Payload(JsonObject json) {

    UUID uuid(String field) {
        UUID value = optionalUuid(field);
        if (value == null) {
            throw new IllegalArgumentException("payload without " + field);
        }
        return value;
    }

    UUID optionalUuid(String field) {
        String text = text(field);
        return text == null ? null : UUID.fromString(text);
    }

    String text(String field) {
        JsonValue value = json.get(field);
        return value instanceof JsonString s ? s.getString() : null;
    }

    boolean flag(String field) {
        return json.get(field) == JsonValue.TRUE;
    }

    Instant instant(String field, Instant otherwise) {
        String text = text(field);
        return text == null ? otherwise : Instant.parse(text);
    }

    List<String> texts(String field) {
        JsonValue value = json.get(field);
        if (!(value instanceof JsonArray array)) {
            return List.of();
        }
        return array.stream().filter(v -> v instanceof JsonString).map(v -> ((JsonString) v).getString()).toList();
    }

    boolean nonEmpty(String field) {
        return json.get(field) instanceof JsonArray array && !array.isEmpty();
    }
}
