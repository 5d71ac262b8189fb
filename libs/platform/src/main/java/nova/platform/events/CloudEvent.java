package nova.platform.events;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One Nova event as it travels: a CloudEvents 1.0 envelope in JSON structured mode
 * (ARCHITECTURE §5). {@code dataschemaversion} and {@code traceparent} are extension attributes.
 * Reading ignores unknown attributes; a breaking change is a new type or a new schema version.
 */
public record CloudEvent(UUID id, String source, String type, String subject, Instant time,
                         int dataschemaversion, String traceparent, JsonObject data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";
    /**
     * {@code context.aggregate.verb}, lower case, words joined by underscores; or {@code context.verb} where the
     * aggregate is the context's own main one, as in the design's {@code user.banned} and {@code user.deleted}
     * (ARCHITECTURE §5, {@code nova.contracts.user}).
     */
    public static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*){1,2}");

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        requireText(source, "source");
        requireText(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("event type must read context.aggregate.verb or context.verb: " + type);
        }
        if (dataschemaversion < 1) {
            throw new IllegalArgumentException("dataschemaversion must be 1 or more");
        }
        if (traceparent != null && !TraceContext.isValid(traceparent)) {
            throw new IllegalArgumentException("traceparent is not a W3C trace context: " + traceparent);
        }
    }

    /** A new event about {@code subject}, now, in the current trace (or a new one). */
    public static CloudEvent of(String source, String type, String subject, JsonObject data) {
        return new CloudEvent(UUID.randomUUID(), source, type, subject, Instant.now(), 1,
                TraceContext.childOfCurrent(), data);
    }

    /** The context part of the type: who published it. */
    public String context() {
        return type.substring(0, type.indexOf('.'));
    }

    public JsonObject toJsonObject() {
        JsonObjectBuilder json = JsonSupport.JSON.createObjectBuilder()
                .add("specversion", SPEC_VERSION)
                .add("id", id.toString())
                .add("source", source)
                .add("type", type)
                .add("subject", subject)
                .add("time", time.toString())
                .add("datacontenttype", "application/json")
                .add("dataschemaversion", dataschemaversion);
        if (traceparent != null) {
            json.add("traceparent", traceparent);
        }
        return json.add("data", data).build();
    }

    public String toJson() {
        return toJsonObject().toString();
    }

    public byte[] toBytes() {
        return toJson().getBytes(StandardCharsets.UTF_8);
    }

    public static CloudEvent parse(byte[] json) {
        if (json == null) {
            throw new MalformedEventException("no payload");
        }
        try (JsonReader reader = JsonSupport.JSON.createReader(new ByteArrayInputStream(json))) {
            return from(reader.readObject());
        } catch (JsonException | ClassCastException e) {
            throw new MalformedEventException("not a JSON object: " + e.getMessage());
        }
    }

    public static CloudEvent parse(String json) {
        return parse(json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    public static CloudEvent from(JsonObject json) {
        String specversion = text(json, "specversion");
        if (!SPEC_VERSION.equals(specversion)) {
            throw new MalformedEventException("unsupported specversion " + specversion);
        }
        try {
            JsonValue data = json.get("data");
            JsonValue version = json.get("dataschemaversion");
            return new CloudEvent(UUID.fromString(text(json, "id")), text(json, "source"), text(json, "type"),
                    text(json, "subject"), Instant.parse(text(json, "time")),
                    version instanceof JsonNumber n ? n.intValueExact() : 1,
                    json.get("traceparent") instanceof JsonString s ? s.getString() : null,
                    data instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT);
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException | NullPointerException e) {
            throw new MalformedEventException(e.getMessage());
        }
    }

    private static String text(JsonObject json, String name) {
        if (json.get(name) instanceof JsonString s) {
            return s.getString();
        }
        throw new MalformedEventException("attribute '" + name + "' is missing or not a string");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    /** The bytes on the wire are not a Nova event; retrying cannot help. */
    public static class MalformedEventException extends IllegalArgumentException {
        public MalformedEventException(String message) {
            super("malformed event: " + message);
        }
    }
}
