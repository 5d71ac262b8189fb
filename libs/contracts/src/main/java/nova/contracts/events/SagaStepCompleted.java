package nova.contracts.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nova.contracts.event.UserSubject;

/**
 * {@code <context>.member.erased}, {@code .hidden} or {@code .restored}: context {@code step} has done what
 * saga {@code sagaId} asked of it ({@link SagaStepRequested}, attempt {@code attempt}) for member {@code userId}.
 * Published by the context that did the step, on its own topic; the events context records it. Subject and record
 * key: the user id. The type is {@code step + ".member." + action.done()}.
 */
public record SagaStepCompleted(UUID sagaId, String step, SagaAction action, UUID userId, int attempt,
                                Instant completedAt) implements UserSubject {

    /** The types a saga's steps answer with, one per context and action, e.g. {@code content.member.erased}. */
    public static String typeOf(String step, SagaAction action) {
        return step + ".member." + action.done();
    }

    /** Refuses a payload without what the saga relies on. */
    public SagaStepCompleted {
        Objects.requireNonNull(sagaId, "sagaId");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(completedAt, "completedAt");
    }

    /** Whether {@code type} is one of these answers ({@code <context>.member.erased|hidden|restored}). */
    public static boolean isCompletion(String type) {
        for (SagaAction action : SagaAction.values()) {
            if (type.endsWith(".member." + action.done())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String type() {
        return typeOf(step, action);
    }

    @Override
    public String aggregateType() {
        return "member";
    }
}
