package nova.contracts.events;

import java.util.Objects;
import java.util.UUID;
import nova.contracts.event.UserSubject;

/**
 * {@code events.saga.step_requested}: a saga of the events context asks context {@code step} to do {@code action}
 * for member {@code userId} (attempt {@code attempt}; a step not answered in time is requested again with the next
 * attempt). Subject and record key: the user id, so one member's requests reach a context in order. Only the named
 * context acts; it answers with {@link SagaStepCompleted} on its own topic, and a request it has answered before
 * is answered again without a second effect. {@code username} is the name the account had (search keeps it as
 * the tombstone of a deleted member).
 */
public record SagaStepRequested(UUID sagaId, String step, SagaAction action, UUID userId, String username,
                                int attempt) implements SagaEvent {

    public static final String TYPE = "events.saga.step_requested";

    /** Refuses a payload without what every consumer relies on. */
    public SagaStepRequested {
        Objects.requireNonNull(sagaId, "sagaId");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(userId, "userId");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be positive");
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return "saga";
    }
}
