/**
 * The operator's page: one HTML page with a little JavaScript (no build step), served by this context, and the
 * overview it draws (the flow of events between contexts with rates per topic, consumer lag, dead letters, sagas).
 */
package nova.events.operator;
