package nova.contracts.event;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import java.io.StringReader;

/**
 * How an event's payload is written and read: JSON-B over the record's components, one codec for
 * producers and consumers alike. Absent values are written as {@code null} (a consumer tells "no
 * end to this ban" from an old producer that never had the field only by the schema version, not
 * by a missing key); instants are ISO-8601, UUIDs strings. Reading ignores fields the record does
 * not have, so a producer may add fields without breaking an older consumer.
 */
public final class EventJson {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    private EventJson() {
    }

    /** The payload of {@code event} as a JSON object. */
    public static JsonObject toJson(DomainEvent event) {
        try (JsonReader reader = Json.createReader(new StringReader(JSONB.toJson(event)))) {
            return reader.readObject();
        }
    }

    /**
     * Reads a payload as {@code type}.
     *
     * @throws UnreadableEvent when the payload does not fit the record (a missing required value, a
     *                         malformed instant or id): retrying cannot help
     */
    public static <T extends DomainEvent> T fromJson(JsonObject data, Class<T> type) {
        try {
            T event = JSONB.fromJson(data.toString(), type);
            if (event == null) {
                throw new UnreadableEvent(type, "no payload");
            }
            return event;
        } catch (JsonbException | IllegalArgumentException | NullPointerException | java.time.DateTimeException e) {
            throw new UnreadableEvent(type, e.getMessage());
        }
    }

    /** A payload that does not read as the record its type names. */
    public static final class UnreadableEvent extends IllegalArgumentException {
        public UnreadableEvent(Class<?> type, String why) {
            super("payload does not read as " + type.getSimpleName() + ": " + why);
        }
    }
}
