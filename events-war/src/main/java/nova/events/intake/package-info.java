/**
 * The events context's channels on the context topics: one Kafka consumer per topic, shared by the handlers that
 * read it (the log, the sagas' trigger and progress), instead of one per handler and topic (issue 23).
 */
package nova.events.intake;
