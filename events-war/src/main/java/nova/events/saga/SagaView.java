package nova.events.saga;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A saga as operators see it at {@code /sagas}. */
public record SagaView(UUID id, String kind, UUID userId, String status, Instant startedAt, Instant finishedAt,
                       String resumedBy, Instant resumedAt, List<Step> steps) {

    /** One context's part: requested (attempt n), done, or stuck with the reason. */
    public record Step(String context, String status, int attempt, Instant requestedAt, Instant completedAt,
                       String reason) {
    }
}
