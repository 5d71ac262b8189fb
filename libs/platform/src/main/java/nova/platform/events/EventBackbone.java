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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import nova.platform.persistence.ContextDatabase;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Runs this server's {@link OutboxRelay} on a managed thread, sending through {@link OutboxChannel};
 * the consumers run on their own {@code @Incoming} channels ({@link IncomingEvents}), and at start
 * each {@link EventHandler}'s configured channels are checked against its group and topics. Starts
 * with the application, stops with it, and publishes the backbone's state as metrics:
 * <ul>
 * <li>{@code nova_outbox_backlog} rows not yet published; {@code nova_outbox_oldest_seconds} how long
 * the oldest has waited; {@code nova_outbox_parked} of them, rows parked after failing for reasons of
 * their own ({@link OutboxRelay.RowRetry}), which wait for an operator;</li>
 * <li>{@code nova_outbox_publish_lag_seconds} (timer) from writing a row to the broker's ack;</li>
 * <li>{@code nova_outbox_batch_{claim,send,acks,mark}_seconds} (timers) where each batch's time went, the
 * claim's parts in {@code nova_outbox_batch_{connect,query,read,held_back}_seconds}, the send's in
 * {@code nova_outbox_batch_{build,hand_over}_seconds}, the wait for the batch before to hand over in
 * {@code nova_outbox_batch_send_turn_seconds};</li>
 * <li>{@code nova_events_consumed_total{consumer, outcome}} processed, duplicate, retried, dead_lettered.</li>
 * </ul>
 */
@ApplicationScoped
public class EventBackbone {

    private static final Logger LOG = Logger.getLogger(EventBackbone.class.getName());
    private static final String INCOMING = "mp.messaging.incoming.";

    @Inject
    ContextDatabase database;

    @Inject
    OutboxChannel channel;

    @Inject
    IncomingEvents incoming;

    @Inject
    @Any
    Instance<EventHandler> handlers;

    @Inject
    Config config;

    @Inject
    MetricRegistry metrics;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threadFactory;

    @Inject
    @ConfigProperty(name = "nova.outbox.batch-size", defaultValue = "2000")
    int batchSize;

    @Inject
    @ConfigProperty(name = "nova.outbox.poll-interval", defaultValue = "PT30S")
    Duration pollInterval;

    @Inject
    @ConfigProperty(name = "nova.outbox.retention", defaultValue = "PT24H")
    Duration retention;

    @Inject
    @ConfigProperty(name = "nova.outbox.cleanup-interval", defaultValue = "PT10M")
    Duration cleanupInterval;

    @Inject
    @ConfigProperty(name = "nova.outbox.row-retry.first", defaultValue = "PT1S")
    Duration rowRetryFirst;

    @Inject
    @ConfigProperty(name = "nova.outbox.row-retry.max", defaultValue = "PT5M")
    Duration rowRetryMax;

    @Inject
    @ConfigProperty(name = "nova.outbox.row-retry.park-after", defaultValue = "10")
    int parkAfter;

    private volatile boolean running = true;
    private Thread relayThread;
    private OutboxRelay relay;
    private volatile CachedBacklog backlog = new CachedBacklog(new OutboxRelay.Backlog(0, Duration.ZERO, 0), Instant.MIN);

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        checkChannels();
        if (!database.isConfigured()) {
            LOG.info("No database configured: the outbox relay stays off");
            return;
        }
        Timer lag = metrics.timer("nova.outbox.publish.lag");
        Timer claim = metrics.timer("nova.outbox.batch.claim");
        Timer send = metrics.timer("nova.outbox.batch.send");
        Timer acks = metrics.timer("nova.outbox.batch.acks");
        Timer mark = metrics.timer("nova.outbox.batch.mark");
        // the claim's and the send's parts: connect + query + read + held_back, build + hand_over; between them send_turn
        Timer connect = metrics.timer("nova.outbox.batch.connect");
        Timer query = metrics.timer("nova.outbox.batch.query");
        Timer read = metrics.timer("nova.outbox.batch.read");
        Timer heldBack = metrics.timer("nova.outbox.batch.held_back");
        Timer build = metrics.timer("nova.outbox.batch.build");
        Timer handOver = metrics.timer("nova.outbox.batch.hand_over");
        Timer sendTurn = metrics.timer("nova.outbox.batch.send_turn");
        relay = new OutboxRelay(database.dataSource(), channel,
                new OutboxRelay.Settings(batchSize, pollInterval, retention, cleanupInterval)
                        .withRowRetry(new OutboxRelay.RowRetry(rowRetryFirst, rowRetryMax, parkAfter)),
                new OutboxRelay.Listener() {
                    @Override
                    public void published(List<Duration> lags) {
                        lags.forEach(lag::update);
                    }

                    @Override
                    public void timed(OutboxRelay.BatchTimes times) {
                        if (times.rows() > 0) { // where a batch's time goes, as perf/events shows it
                            claim.update(times.claim());
                            send.update(times.send());
                            acks.update(times.acks());
                            mark.update(times.mark());
                            connect.update(times.connect());
                            query.update(times.query());
                            read.update(times.read());
                            heldBack.update(times.heldBack());
                            build.update(times.build());
                            handOver.update(times.handOver());
                            sendTurn.update(times.sendTurn());
                        }
                    }
                }, threadFactory);
        relayThread = threadFactory.newThread(() -> {
            if (database.awaitMigrated(() -> running)) {
                relay.run(() -> running);
            }
        });
        relayThread.setName("nova-outbox-relay");
        relayThread.setDaemon(true);
        relayThread.start();
        metrics.gauge("nova.outbox.backlog", this, b -> b.backlog().rows());
        metrics.gauge("nova.outbox.oldest.seconds", this, b -> b.backlog().oldest().toMillis() / 1000.0);
        metrics.gauge("nova.outbox.parked", this, b -> b.backlog().parked());
    }

    /** The relay of this server, for operators' tools ({@link OutboxRelay#parked}, {@link OutboxRelay#resendParked}); null without a database. */
    public OutboxRelay relay() {
        return relay;
    }

    /**
     * Each handler's topics are read by its incoming channel, named as the handler
     * ({@code mp.messaging.incoming.<name>.topic}); a mismatch is said at start, loudly. A handler that rides on
     * channels it shares with others ({@code IncomingEvents.deliver} with a list of handlers) names them in
     * {@code nova.consumer.<name>.channels}: the channels of that name and those named after it and a dash (events'
     * {@code log}: {@code log-identity} … {@code log-search}) must read at least its topics.
     */
    private void checkChannels() {
        for (EventHandler handler : handlers) {
            String group = incoming.group(handler);
            Optional<String> shared = config.getOptionalValue("nova.consumer." + handler.name() + ".channels", String.class);
            String channels = shared.orElse(handler.name());
            Set<String> read = new TreeSet<>();
            for (String property : config.getPropertyNames()) {
                if (property.startsWith(INCOMING) && property.endsWith(".topic")) {
                    String channelName = property.substring(INCOMING.length(), property.length() - ".topic".length());
                    if (channelName.equals(channels) || channelName.startsWith(channels + "-")) {
                        config.getOptionalValue(property, String.class).ifPresent(read::add);
                    }
                }
            }
            if (shared.isEmpty() ? read.equals(new TreeSet<>(handler.topics())) : read.containsAll(handler.topics())) {
                LOG.log(Level.INFO, "Consumer {0} reads {1}", new Object[] {group, read});
            } else {
                LOG.log(Level.SEVERE, "Consumer {0} should read {1} but its channels read {2}: see mp.messaging.incoming.*",
                        new Object[] {group, handler.topics(), read});
            }
        }
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
        if (relay != null) {
            relay.close();
        }
        if (relayThread != null) {
            try {
                relayThread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private record CachedBacklog(OutboxRelay.Backlog value, Instant readAt) {
    }
}
