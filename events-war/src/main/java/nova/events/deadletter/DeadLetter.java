package nova.events.deadletter;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/** A dead letter as operators see it. {@code event} is null when the record was not an event ({@code raw} holds it). */
public record DeadLetter(UUID id, UUID eventId, String eventType, String consumer, String reportedBy, String topic,
                         int partition, long offset, String key, int attempts, String error, JsonObject event,
                         String raw, String status, Instant failedAt, Instant recordedAt, Instant resolvedAt,
                         String resolvedBy) {
}
