package nova.platform.events;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import nova.platform.persistence.ContextDatabase;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * What feeds every {@link EventHandler}: each handler's {@code @Incoming} method (one line, see
 * {@link Subscriber#receive}) hands its channel's messages here. Each record is handled on a managed
 * thread by the handler's {@link EventConsumer} (inbox, retries, dead letter) and acknowledged once
 * it is done with; the {@code nova-kafka} connector commits the offsets of acknowledged records.
 * A message is never nacked and the returned stage never fails: either would end the channel's
 * stream for good. Only when the server stops is a record left unacknowledged (it is read again
 * after the restart).
 */
@ApplicationScoped
public class IncomingEvents {

    private static final Logger LOG = Logger.getLogger(IncomingEvents.class.getName());

    @Inject
    ContextDatabase database;

    @Inject
    JtaInbox inbox;

    @Inject
    MetricRegistry metrics;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "nova.context")
    String context;

    @Inject
    @ConfigProperty(name = "nova.events.retry.attempts", defaultValue = "4")
    int retryAttempts;

    @Inject
    @ConfigProperty(name = "nova.events.retry.backoff", defaultValue = "PT0.25S")
    Duration retryBackoff;

    @Inject
    @ConfigProperty(name = "nova.events.retry.max-backoff", defaultValue = "PT5S")
    Duration retryMaxBackoff;

    private final Map<String, EventConsumer> consumers = new ConcurrentHashMap<>();
    /** Per handler and topic of a shared channel: its last record's handling (the lane's tail). */
    private final Map<String, CompletableFuture<Boolean>> laneTails = new ConcurrentHashMap<>();
    private volatile boolean running = true;

    /** The consumer group of {@code handler}, also its inbox key: {@code nova.<context>.<name>}. */
    public String group(EventHandler handler) {
        return "nova." + context + "." + handler.name();
    }

    /**
     * Handles one message of {@code handler}'s channel; the stage completes once it is done with
     * (acknowledged) or the server is stopping (not acknowledged).
     */
    @SuppressWarnings("unchecked")
    public CompletionStage<Void> deliver(EventHandler handler, Message<byte[]> message) {
        ConsumerRecord<String, byte[]> record = message.unwrap(ConsumerRecord.class);
        EventConsumer consumer = consumerOf(handler);
        try {
            return CompletableFuture
                    .supplyAsync(() -> handle(consumer, record), executor)
                    .thenCompose(done -> done ? message.ack() : CompletableFuture.<Void>completedFuture(null))
                    .exceptionally(e -> {
                        // a VirtualMachineError, or an ack the connector could not commit: the record is read
                        // again after a restart or rebalance, and the inbox makes the repeat harmless
                        LOG.log(Level.WARNING, "Consumer {0}: {1}/{2}/{3} not acknowledged: {4}", new Object[] {
                                group(handler), record.topic(), record.partition(), record.offset(), e.toString()});
                        return null;
                    });
        } catch (RuntimeException e) { // the executor refuses: the server is stopping
            return CompletableFuture.completedFuture(null);
        }
    }

    /**
     * Handles one message of a channel that several handlers share: one Kafka consumer for a topic instead of one per
     * handler (issue 23). Each handler takes the channel's records one after another, in order, on its own lane, with
     * its own inbox key, retries and dead letters, as if it had its own channel, and at its own pace: a slow handler
     * (the events log, one insert per event) does not hold up a quick one (a saga's progress, which passes over most
     * events) until the connector's {@code unacked.limit} records wait for it. A record is acknowledged once every
     * handler is done with it (acknowledgements stay in order: each lane is). The returned stage completes at once, so
     * that the channel hands over the next record. If the server stops half way, the record is not acknowledged and
     * the handlers that were done skip it when it comes again (their inbox).
     */
    @SuppressWarnings("unchecked")
    public CompletionStage<Void> deliver(List<? extends EventHandler> handlers, Message<byte[]> message) {
        ConsumerRecord<String, byte[]> record = message.unwrap(ConsumerRecord.class);
        List<CompletableFuture<Boolean>> outcomes = new ArrayList<>();
        for (EventHandler handler : handlers) {
            EventConsumer consumer = consumerOf(handler);
            CompletableFuture<Boolean> done = new CompletableFuture<>();
            // after this handler's previous record of this topic, whatever became of it
            CompletableFuture<Boolean> previous = laneTails.put(group(handler) + " " + record.topic(), done);
            (previous == null ? CompletableFuture.completedFuture(true) : previous).handle((ignored, failure) -> {
                try {
                    executor.execute(() -> {
                        try {
                            done.complete(handle(consumer, record));
                        } catch (Throwable t) {
                            done.completeExceptionally(t);
                        }
                    });
                } catch (RuntimeException refused) { // the executor refuses: the server is stopping
                    done.complete(false);
                }
                return null;
            });
            outcomes.add(done);
        }
        CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new))
                .thenCompose(ignored -> outcomes.stream().allMatch(CompletableFuture::join)
                        ? message.ack() : CompletableFuture.<Void>completedFuture(null))
                .exceptionally(e -> {
                    LOG.log(Level.WARNING, "Consumers {0}: {1}/{2}/{3} not acknowledged: {4}", new Object[] {
                            handlers.stream().map(this::group).toList(), record.topic(), record.partition(),
                            record.offset(), e.toString()});
                    return null;
                });
        return CompletableFuture.completedFuture(null);
    }

    /** {@code handler}'s consumer (inbox, retries, dead letter), made on its first record. */
    private EventConsumer consumerOf(EventHandler handler) {
        return consumers.computeIfAbsent(group(handler), group -> consumer(group, handler));
    }

    /** Handles {@code record} once the schema is migrated: true when it is done with, false if the server stops first. */
    private boolean handle(EventConsumer consumer, ConsumerRecord<String, byte[]> record) {
        return database.awaitMigrated(() -> running) && consumer.process(record);
    }

    private EventConsumer consumer(String group, EventHandler handler) {
        EventConsumer.Handler keepingErased = (received, transaction) -> {
            if (ErasedMembers.concerns(transaction, received.event())) {
                LOG.log(Level.FINE, "Consumer {0} passes over event {1} ({2}): it is about an erased member",
                        new Object[] {group, received.event().id(), received.type()});
                return;
            }
            handler.handle(received, transaction);
        };
        return new EventConsumer(context, group, inbox, keepingErased, handler::wants,
                new EventConsumer.Settings(retryAttempts, retryBackoff, retryMaxBackoff),
                outcome -> metrics.counter("nova.events.consumed", new Tag("consumer", group),
                        new Tag("outcome", outcome.name().toLowerCase())).inc(),
                () -> running);
    }


    @PreDestroy
    void stop() {
        running = false;
    }
}
