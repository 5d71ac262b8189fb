package nova.platform.events;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nova.platform.persistence.ContextDatabase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Runs this server's share of the event backbone on managed threads: one {@link OutboxRelay}, and
 * one {@link EventConsumer} per {@link EventHandler} bean. Starts with the application, stops with
 * it, and publishes its state as metrics:
 * <ul>
 * <li>{@code nova_outbox_backlog} rows not yet published; {@code nova_outbox_oldest_seconds} how long
 * the oldest has waited;</li>
 * <li>{@code nova_outbox_publish_lag_seconds} (timer) from writing a row to the broker's ack;</li>
 * <li>{@code nova_events_consumed_total{consumer, outcome}} processed, duplicate, retried, dead_lettered.</li>
 * </ul>
 */
@ApplicationScoped
public class EventBackbone {

    private static final Logger LOG = Logger.getLogger(EventBackbone.class.getName());

    @Inject
    ContextDatabase database;

    @Inject
    JtaInbox inbox;

    @Inject
    @Any
    Instance<EventHandler> handlers;

    @Inject
    MetricRegistry metrics;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threadFactory;

    @Inject
    @ConfigProperty(name = "nova.context")
    String context;

    @Inject
    @ConfigProperty(name = "nova.kafka.bootstrap")
    Optional<String> bootstrap;

    @Inject
    @ConfigProperty(name = "nova.outbox.batch-size", defaultValue = "2000")
    int batchSize;

    @Inject
    @ConfigProperty(name = "nova.outbox.poll-interval", defaultValue = "PT5S")
    Duration pollInterval;

    @Inject
    @ConfigProperty(name = "nova.outbox.retention", defaultValue = "PT24H")
    Duration retention;

    @Inject
    @ConfigProperty(name = "nova.outbox.cleanup-interval", defaultValue = "PT10M")
    Duration cleanupInterval;

    @Inject
    @ConfigProperty(name = "nova.events.retry.attempts", defaultValue = "4")
    int retryAttempts;

    @Inject
    @ConfigProperty(name = "nova.events.retry.backoff", defaultValue = "PT0.25S")
    Duration retryBackoff;

    @Inject
    @ConfigProperty(name = "nova.events.retry.max-backoff", defaultValue = "PT5S")
    Duration retryMaxBackoff;

    private volatile boolean running = true;
    private final List<Thread> threads = new ArrayList<>();
    private final List<AutoCloseable> loops = new ArrayList<>();
    private OutboxRelay relay;
    private volatile CachedBacklog backlog = new CachedBacklog(new OutboxRelay.Backlog(0, Duration.ZERO), Instant.MIN);

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (!database.isConfigured() || bootstrap.filter(b -> !b.isBlank()).isEmpty()) {
            LOG.info("No database or no broker configured: the event backbone stays off");
            return;
        }
        String broker = bootstrap.get();
        Timer lag = metrics.timer("nova.outbox.publish.lag");
        relay = new OutboxRelay(database.dataSource(), OutboxRelay.producers(broker, "nova-" + context + "-relay"),
                new OutboxRelay.Settings(batchSize, pollInterval, retention, cleanupInterval),
                lags -> lags.forEach(lag::update), threadFactory);
        loops.add(relay);
        start("nova-outbox-relay", () -> {
            if (awaitSchema()) {
                relay.run(() -> running);
            }
        });
        metrics.gauge("nova.outbox.backlog", this, b -> b.backlog().rows());
        metrics.gauge("nova.outbox.oldest.seconds", this, b -> b.backlog().oldest().toMillis() / 1000.0);

        EventConsumer.Settings retry = new EventConsumer.Settings(retryAttempts, retryBackoff, retryMaxBackoff);
        for (EventHandler handler : handlers) {
            String group = "nova." + context + "." + handler.name();
            EventConsumer consumer = new EventConsumer(context, group, handler.topics(),
                    EventConsumer.consumers(broker, group), inbox, handler::handle, handler::wants, retry,
                    outcome -> metrics.counter("nova.events.consumed", new Tag("consumer", group),
                            new Tag("outcome", outcome.name().toLowerCase())).inc());
            loops.add(consumer);
            start(group, () -> {
                if (awaitSchema()) {
                    consumer.run(() -> running);
                }
            });
            LOG.log(Level.INFO, "Consumer {0} reads {1}", new Object[] {group, handler.topics()});
        }
    }

    private void start(String name, Runnable loop) {
        Thread thread = threadFactory.newThread(loop);
        thread.setName(name);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    /** Nothing is relayed or consumed before the platform's tables exist. */
    private boolean awaitSchema() {
        while (running && !database.tryMigrate()) {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return running;
    }

    /** The outbox backlog, read at most once a second however many scrapes ask. */
    public OutboxRelay.Backlog backlog() {
        CachedBacklog cached = backlog;
        if (relay != null && cached.readAt.isBefore(Instant.now().minusSeconds(1))) {
            try {
                cached = new CachedBacklog(relay.backlog(), Instant.now());
                backlog = cached;
            } catch (SQLException e) {
                LOG.log(Level.FINE, "backlog not readable", e);
            }
        }
        return cached.value;
    }

    @PreDestroy
    void stop() {
        running = false;
        for (AutoCloseable loop : loops) {
            try {
                loop.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "closing " + loop, e);
            }
        }
        for (Thread thread : threads) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private record CachedBacklog(OutboxRelay.Backlog value, Instant readAt) {
    }
}
