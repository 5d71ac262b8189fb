/**
 * The event backbone (ARCHITECTURE §5), once for every context, on MicroProfile Reactive Messaging
 * ({@code mpReactiveMessaging-3.0}): records leave on Liberty's {@code liberty-kafka} connector and arrive on this
 * package's {@code nova-kafka} connector ({@link nova.platform.events.SharedKafkaConnector}); channels, producer and
 * consumer settings are in this jar's META-INF/microprofile-config.properties and in each WAR's.
 * <p>
 * Publishing: {@link nova.platform.events.Outbox} writes a {@link nova.platform.events.CloudEvent}
 * into {@code outbox_events} in the caller's JTA transaction; {@link nova.platform.events.OutboxRelay}
 * (the loop) claims committed rows ({@link nova.platform.events.OutboxClaim}, its SQL), hands them to
 * the send-and-ack pipeline ({@link nova.platform.events.RelayPipeline}), which sends them through
 * {@link nova.platform.events.OutboxChannel} (an {@code Emitter} of {@code ProducerRecord}s) and,
 * when their messages are acknowledged, deletes their {@code outbox_pending} rows. A row the broker
 * refuses for a reason of its own is retried on its own with a growing gap and then parked for an
 * operator ({@link nova.platform.events.OutboxRelay.RowRetry}); a broker that is away is the loop's backoff.
 * <p>
 * Consuming: every {@link nova.platform.events.EventHandler} bean has an {@code @Incoming} method on
 * its own channel (named as the handler) that hands each message to
 * {@link nova.platform.events.IncomingEvents}; its {@link nova.platform.events.EventConsumer} applies
 * the event through the {@link nova.platform.events.Inbox} (one effect per event, retries, dead
 * letters; inbox key {@code nova.<context>.<name>}) and the message is acknowledged, so its offset is
 * committed, after the effect. The channels of a server share one Kafka consumer, in group
 * {@code nova.<context>.intake} ({@link nova.platform.events.SharedConsumer}).
 * <p>
 * The relay and the per-record consumer are plain Java (JDBC, a {@link nova.platform.events.RecordSender}),
 * so the benchmark and the tests run the same claim, pipeline and retries; {@link nova.platform.events.EventBackbone}
 * starts the relay on Liberty's managed threads. These CDI beans are left out of servers without
 * Kafka (the gateway): see META-INF/beans.xml.
 */
package nova.platform.events;
