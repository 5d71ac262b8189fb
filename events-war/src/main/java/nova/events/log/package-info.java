/** The durable event log: every event of every context topic in {@code domain_events}, queryable by operators. */
package nova.events.log;
