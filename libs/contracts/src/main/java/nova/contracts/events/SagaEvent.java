package nova.contracts.events;

import nova.contracts.event.UserSubject;

/**
 * What the events context publishes on {@code nova.events}: its sagas' requests. The answers
 * ({@link SagaStepCompleted}) are published by each asked context on its own topic, under a type that names that
 * context, so they are one record with a type per producer, listed apart in
 * {@link nova.contracts.event.PublishedEvents#PER_PRODUCER}.
 */
public sealed interface SagaEvent extends UserSubject permits SagaStepRequested {
}
