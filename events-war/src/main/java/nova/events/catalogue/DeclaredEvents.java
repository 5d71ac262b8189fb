package nova.events.catalogue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
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

    private static final Logger LOG = Logger.getLogger(DeclaredEvents.class.getName());

    /**
     * Every record that can be described. One whose example cannot be made (a component type {@link Samples} does not
     * know, a type that is not a constant) is left out with a warning, not the whole catalogue: its events still
     * appear from the log, as undeclared. {@code DeclaredEventsTest} holds every record of today to being described.
     */
    static final List<Declared> ALL = PublishedEvents.records().stream().map(DeclaredEvents::describable)
            .flatMap(Optional::stream).toList();

    private static Optional<Declared> describable(Class<? extends DomainEvent> record) {
        try {
            return Optional.of(declare(record));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The catalogue leaves out {0}: {1}", new Object[] {record.getName(), e.getMessage()});
            return Optional.empty();
        }
    }

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
