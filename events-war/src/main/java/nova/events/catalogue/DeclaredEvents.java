package nova.events.catalogue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import nova.contracts.event.DomainEvent;
import nova.contracts.event.EventJson;
import nova.contracts.event.PublishedEvents;
import nova.platform.events.CloudEvent;

/**
 * The code's half of the catalogue: every record of {@link PublishedEvents}, with the envelope the platform's
 * outbox would write for an example of it ({@code outbox.publish(event)}: the same codec, type, subject and schema
 * version), made once.
 */
final class DeclaredEvents {

    /** One declared type, as the code says it. */
    record Declared(String type, String producer, String topic, String aggregate, String record, int schemaVersion,
                    JsonObject example) {
    }

    static final List<Declared> ALL = PublishedEvents.records().stream().map(DeclaredEvents::declare).toList();

    private DeclaredEvents() {
    }

    static Declared declare(Class<? extends DomainEvent> record) {
        DomainEvent sample = Samples.of(record);
        String producer = PublishedEvents.producerOf(record);
        // as Outbox.publish writes it; then a fixed id and time, so an example reads the same on every call
        CloudEvent written = CloudEvent.of(producer, sample.type(), sample.aggregateId(), EventJson.toJson(sample));
        CloudEvent example = new CloudEvent(UUID.nameUUIDFromBytes(sample.type().getBytes()), written.source(),
                written.type(), written.subject(), Samples.TIME, written.dataschemaversion(), null, written.data());
        return new Declared(sample.type(), producer, topicOf(producer), sample.aggregateType(), record.getSimpleName(),
                example.dataschemaversion(), example.toJsonObject());
    }

    /** Each context publishes on its own topic (ARCHITECTURE §5). */
    static String topicOf(String context) {
        return "nova." + context;
    }
}
