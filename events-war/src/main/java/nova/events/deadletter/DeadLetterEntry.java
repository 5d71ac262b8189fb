package nova.events.deadletter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nova.events.infra.JsonText;
import org.hibernate.annotations.ColumnTransformer;

/**
 * An event a consumer gave up on ({@code dead_letter_queue}), with the error; pending until an operator replays or
 * discards it. {@code event} is null when the record was not an event ({@code raw} holds it).
 */
@Entity
@Table(name = "dead_letter_queue")
public class DeadLetterEntry {

    static final String PENDING = "pending";

    /** The dead letter's own event id. */
    @Id
    private UUID id;

    @Column(name = "event_id")
    private UUID eventId;

    @Column(name = "event_type")
    private String eventType;

    @Column(nullable = false)
    private String consumer;

    /** The context whose consumer failed. */
    @Column(name = "reported_by", nullable = false)
    private String reportedBy;

    @Column(nullable = false)
    private String topic;

    @Column(nullable = false)
    private int partition;

    @Column(name = "\"offset\"", nullable = false)
    private long offset;

    @Column(name = "record_key")
    private String recordKey;

    @Column(nullable = false)
    private int attempts;

    @Column(nullable = false)
    private String error;

    // JSONB, kept as its text; PostgreSQL takes a text parameter for jsonb only with a cast
    @ColumnTransformer(write = "CAST(? AS jsonb)")
    private String event;

    private String raw;

    @Column(nullable = false)
    private String status;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    /** Set by the database ({@code clock_timestamp()}) when the row is written. */
    @Column(name = "recorded_at", insertable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by")
    private String resolvedBy;

    protected DeadLetterEntry() {
    }

    DeadLetterEntry(UUID id, UUID eventId, String eventType, String consumer, String reportedBy, String topic,
                    int partition, long offset, String recordKey, int attempts, String error, String event, String raw,
                    Instant failedAt) {
        this.id = id;
        this.eventId = eventId;
        this.eventType = eventType;
        this.consumer = consumer;
        this.reportedBy = reportedBy;
        this.topic = topic;
        this.partition = partition;
        this.offset = offset;
        this.recordKey = recordKey;
        this.attempts = attempts;
        this.error = error;
        this.event = event;
        this.raw = raw;
        this.status = PENDING;
        this.failedAt = failedAt;
    }

    boolean pending() {
        return PENDING.equals(status);
    }

    /** Replayed or discarded, by {@code operator}, now (to the database's microsecond). Only a pending letter. */
    void resolve(String resolution, String operator) {
        this.status = resolution;
        this.resolvedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        this.resolvedBy = operator;
    }

    DeadLetter view() {
        return new DeadLetter(id, eventId, eventType, consumer, reportedBy, topic, partition, offset, recordKey, attempts,
                error, event == null ? null : JsonText.object(event), raw, status, failedAt, recordedAt, resolvedAt,
                resolvedBy);
    }
}
