/**
 * The event backbone (ARCHITECTURE §5), once for every context.
 * <p>
 * Publishing: {@link nova.platform.events.Outbox} writes a {@link nova.platform.events.CloudEvent}
 * into {@code outbox_events} in the caller's JTA transaction; {@link nova.platform.events.OutboxRelay}
 * sends committed rows to Kafka and, after the ack, deletes their {@code outbox_pending} rows (what
 * is still to be sent; written by a trigger with each outbox row). Consuming: every
 * {@link nova.platform.events.EventHandler} bean runs in an {@link nova.platform.events.EventConsumer}
 * loop through the {@link nova.platform.events.Inbox}: one effect per event, retries, dead letters.
 * <p>
 * The loops and the envelope are plain Java (kafka-clients, JDBC), so the benchmark and the tests
 * run exactly the code the servers run; {@link nova.platform.events.EventBackbone} starts them on
 * Liberty's managed threads. These CDI beans are left out of servers without Kafka (the gateway):
 * see META-INF/beans.xml.
 */
package nova.platform.events;
