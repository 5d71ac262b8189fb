/**
 * The event catalogue: every event type, its producer, its consumers and its schema version with an example, made
 * from the contracts' event records and from what the running system reports (subscriptions, the log).
 */
package nova.events.catalogue;
