package nova.platform.events;

import jakarta.json.JsonObject;
import java.util.Objects;
import java.util.UUID;

/**
 * One row for the outbox: what the relay will send, to which topic, under which key. Normally
 * made from a {@link CloudEvent} with {@link #of}; dead letters and replays are also entries.
 *
 * @param id           the row's id (the event's id for a first publication)
 * @param topic        Kafka topic
 * @param aggregateType what kind of thing the event is about ({@code user}, {@code post}, …)
 * @param aggregateId  the record key: one aggregate's events stay in one partition, in order
 * @param type         event type, for operators reading the table
 * @param payload      the record value: a CloudEvents JSON envelope
 * @param traceparent  W3C trace context for the record's headers, or null
 */
public record OutboxEntry(UUID id, String topic, String aggregateType, String aggregateId, String type,
                          JsonObject payload, String traceparent) {

    public OutboxEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
    }

    /** The topic a context publishes its own events to. */
    public static String topicOf(String context) {
        return "nova." + context;
    }

    /** A context's own event, to its own topic ({@code nova.<context>}), keyed by the event's subject. */
    public static OutboxEntry of(String aggregateType, CloudEvent event) {
        return new OutboxEntry(event.id(), topicOf(event.context()), aggregateType, event.subject(), event.type(),
                event.toJsonObject(), event.traceparent());
    }

    /** Kafka record headers, as stored in {@code outbox_events.headers}. */
    JsonObject headers() {
        var headers = JsonSupport.JSON.createObjectBuilder().add("content-type", CloudEvent.CONTENT_TYPE);
        if (traceparent != null) {
            headers.add("traceparent", traceparent);
        }
        return headers.build();
    }
}
