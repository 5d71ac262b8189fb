/**
 * The events context's public language: the commands its sagas send to the other contexts on {@code nova.events}
 * ({@link nova.contracts.events.SagaStepRequested}), and what a context answers when it has done its step
 * ({@link nova.contracts.events.SagaStepCompleted}, on the answering context's own topic).
 */
package nova.contracts.events;
