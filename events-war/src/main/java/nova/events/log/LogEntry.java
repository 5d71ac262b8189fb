package nova.events.log;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nova.events.infra.JsonText;
import nova.platform.events.CloudEvent;
import org.hibernate.annotations.ColumnTransformer;

/** One event of the log ({@code domain_events}): its envelope, as logged, and where it was read. Never changed. */
@Entity
@Table(name = "domain_events")
public class LogEntry {

    @Id
    @Column(name = "event_id")
    private UUID eventId;

    @Column(nullable = false)
    private String type;

    @Column(nullable = false)
    private String source;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private Instant time;

    @Column(nullable = false)
    private String topic;

    @Column(nullable = false)
    private int partition;

    @Column(name = "\"offset\"", nullable = false)
    private long offset;

    // JSONB, kept as its text; PostgreSQL takes a text parameter for jsonb only with a cast
    @ColumnTransformer(write = "CAST(? AS jsonb)")
    @Column(nullable = false)
    private String envelope;

    /** Set by the database ({@code clock_timestamp()}) when the row is written. */
    @Column(name = "received_at", insertable = false, updatable = false)
    private Instant receivedAt;

    protected LogEntry() {
    }

    LogEntry(CloudEvent event, String topic, int partition, long offset) {
        this.eventId = event.id();
        this.type = event.type();
        this.source = event.source();
        this.subject = event.subject();
        this.time = event.time();
        this.topic = topic;
        this.partition = partition;
        this.offset = offset;
        this.envelope = event.toJson();
    }

    /** Where a page ending with this event ends. */
    LogCursor cursor() {
        return new LogCursor(time, eventId);
    }

    LoggedEvent view() {
        return new LoggedEvent(JsonText.object(envelope), topic, partition, offset, receivedAt);
    }
}
