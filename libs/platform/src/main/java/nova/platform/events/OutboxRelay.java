package nova.platform.events;

import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends committed outbox rows to Kafka, one batch at a time, and marks them published only after
 * the broker has acknowledged them.
 * <ul>
 * <li>A batch is claimed with {@code FOR UPDATE SKIP LOCKED}: two replicas of a server never send
 * the same row at the same time. A claimed row whose aggregate has an earlier unpublished row
 * that someone else holds is left for later, so one aggregate's events reach Kafka in order even
 * with several replicas.</li>
 * <li>Every unpublished row is eligible, whatever its number: a transaction that commits after a
 * later-numbered one is never skipped (there is no high-water mark to skip it).</li>
 * <li>Records are keyed by aggregate id; the producer is idempotent with {@code acks=all}. When a
 * row fails, later rows of the same aggregate in the batch are not marked either.</li>
 * <li>A killed relay leaves its batch unmarked: those rows are sent again (at least once), and the
 * consumers' inbox makes the repeat harmless.</li>
 * </ul>
 * Plain Java on a {@link DataSource}: the server runs it on a managed thread, the benchmark and the
 * tests run the same class directly.
 */
public final class OutboxRelay implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final Duration MIN_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    /*
     * Claim the oldest unpublished rows nobody else holds (reading them in the same pass), then keep
     * back every row whose aggregate has an earlier unpublished row outside the claim — held by
     * another replica, or committed late with a lower number. Usually there is none: one cheap
     * look below the claim's highest number says so, and the per-aggregate search is skipped. When
     * there is, each claimed aggregate's first such row is found by walking that aggregate's
     * unpublished rows from the oldest unpublished number (the index entries of rows published
     * since the last vacuum lie below it). Either way a batch costs the same whatever the backlog.
     */
    private static final String CLAIM = """
            WITH claimed AS (
                SELECT seq, topic, aggregate_id, payload::text AS payload, headers::text AS headers, created_at
                FROM outbox_events WHERE published_at IS NULL
                ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED),
            others_below AS (
                SELECT EXISTS (
                    SELECT 1 FROM outbox_events x
                    WHERE x.published_at IS NULL AND x.seq < (SELECT max(seq) FROM claimed)
                      AND x.seq NOT IN (SELECT seq FROM claimed)) AS found),
            oldest AS (SELECT min(seq) AS seq FROM outbox_events WHERE published_at IS NULL),
            held_back AS MATERIALIZED (
                SELECT a.aggregate_id, (
                    SELECT e.seq FROM outbox_events e
                    WHERE e.published_at IS NULL AND e.aggregate_id = a.aggregate_id
                      AND e.seq >= (SELECT seq FROM oldest)
                      AND e.seq NOT IN (SELECT seq FROM claimed)
                    ORDER BY e.seq LIMIT 1) AS from_seq
                FROM (SELECT DISTINCT aggregate_id FROM claimed) a
                WHERE (SELECT found FROM others_below))
            SELECT c.seq, c.topic, c.aggregate_id, c.payload, c.headers, c.created_at
            FROM claimed c LEFT JOIN held_back h ON h.aggregate_id = c.aggregate_id
            WHERE h.from_seq IS NULL OR c.seq < h.from_seq
            ORDER BY c.seq""";
    private static final String MARK_PUBLISHED = "UPDATE outbox_events SET published_at = clock_timestamp() WHERE seq = ANY(?)";
    private static final String COUNT_ATTEMPT = "UPDATE outbox_events SET attempts = attempts + 1 WHERE seq = ANY(?)";

    /** How the relay paces itself. */
    public record Settings(int batchSize, Duration pollInterval, Duration retention, Duration cleanupInterval) {
        public static Settings defaults() {
            return new Settings(2000, Duration.ofSeconds(5), Duration.ofHours(24), Duration.ofMinutes(10));
        }
    }

    /** What operators see: rows waiting, and how long the oldest has waited. */
    public record Backlog(long rows, Duration oldest) {
    }

    /** Told about every batch, for metrics. */
    public interface Listener {
        /** @param lags for each row marked published: from when it was written until the broker's ack */
        void published(List<Duration> lags);

        Listener NONE = lags -> {
        };
    }

    private final DataSource dataSource;
    private final Supplier<Producer<String, byte[]>> producers;
    private final Settings settings;
    private final Listener listener;
    private Producer<String, byte[]> producer;
    private volatile Notifications notifications;

    public OutboxRelay(DataSource dataSource, Supplier<Producer<String, byte[]>> producers, Settings settings,
                       Listener listener) {
        this.dataSource = dataSource;
        this.producers = producers;
        this.settings = settings;
        this.listener = listener;
    }

    /** An idempotent, {@code acks=all} producer for the relay. */
    public static Supplier<Producer<String, byte[]>> producers(String bootstrap, String clientId) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        // a broker that does not answer fails the batch in seconds; the rows stay unpublished and are retried
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        return () -> new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * Claims one batch, sends it, waits for the acks and marks what was acknowledged.
     *
     * @return the number of rows claimed (a full batch means more may be waiting)
     * @throws RelayFailedException after marking what succeeded, if any row could not be sent
     */
    public int relayOnce() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<Row> rows = claim(connection);
                if (rows.isEmpty()) {
                    connection.commit();
                    return 0;
                }
                Sent sent = send(rows);
                mark(connection, MARK_PUBLISHED, sent.published);
                mark(connection, COUNT_ATTEMPT, sent.failed);
                try (Statement s = connection.createStatement()) {
                    // losing this commit in a database crash only means sending the batch again
                    s.execute("SET LOCAL synchronous_commit = off");
                }
                connection.commit();
                listener.published(sent.lags);
                if (sent.failure != null) {
                    throw new RelayFailedException(sent.failure);
                }
                return rows.size();
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException ignored) {
                    // the connection is gone; the database releases the claim itself
                }
                throw e;
            }
        }
    }

    private List<Row> claim(Connection connection) throws SQLException {
        try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setInt(1, settings.batchSize());
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = claim.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getTimestamp(6).toInstant()));
                }
            }
            return rows;
        }
    }

    private Sent send(List<Row> rows) {
        Sent sent = new Sent();
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        try {
            Producer<String, byte[]> p = producer();
            for (Row row : rows) {
                acks.add(p.send(row.record()));
            }
            p.flush();
        } catch (RuntimeException e) {
            sent.failure = e; // the rows without a future were not handed to the producer
        }
        Set<String> blocked = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Exception failure = i < acks.size() ? ackOf(acks.get(i)) : sent.failure;
            if (failure == null && !blocked.contains(row.key)) {
                sent.published.add(row.seq);
                sent.lags.add(Duration.between(row.createdAt, Instant.now()));
            } else {
                blocked.add(row.key);
                sent.failed.add(row.seq);
                if (sent.failure == null) {
                    sent.failure = failure;
                }
            }
        }
        if (sent.failure != null) {
            discardProducer(); // a fresh idempotent session for the retry
        }
        return sent;
    }

    private static Exception ackOf(Future<RecordMetadata> ack) {
        try {
            ack.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause() instanceof Exception cause ? cause : e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    private static void mark(Connection connection, String sql, List<Long> seqs) throws SQLException {
        if (seqs.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            Array array = connection.createArrayOf("bigint", seqs.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = producers.get();
        }
        return producer;
    }

    private void discardProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "closing a failed producer", e);
            }
            producer = null;
        }
    }

    /** Deletes rows published before {@code cutoff}; returns how many. */
    public int deletePublishedBefore(Instant cutoff) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM outbox_events WHERE published_at IS NOT NULL AND published_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(cutoff));
            return delete.executeUpdate();
        }
    }

    public Backlog backlog() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT count(*), COALESCE(EXTRACT(EPOCH FROM clock_timestamp() - min(created_at)), 0)
                     FROM outbox_events WHERE published_at IS NULL""")) {
            rs.next();
            return new Backlog(rs.getLong(1), Duration.ofNanos((long) (rs.getDouble(2) * 1e9)));
        }
    }

    /**
     * Relays until {@code running} turns false: batch after batch while there is a backlog, then
     * waits for a commit notification or the poll interval, whichever comes first. Failures (broker
     * or database away) back off from 0.2 s to 10 s and never end the loop.
     */
    public void run(BooleanSupplier running) {
        Duration backoff = MIN_BACKOFF;
        Instant nextCleanup = Instant.now().plus(settings.cleanupInterval());
        boolean failing = false;
        while (running.getAsBoolean()) {
            try {
                if (notifications == null) {
                    notifications = Notifications.listen(dataSource);
                }
                int claimed = relayOnce();
                if (failing) {
                    LOG.info("Outbox relay is publishing again");
                    failing = false;
                }
                backoff = MIN_BACKOFF;
                if (Instant.now().isAfter(nextCleanup)) {
                    int deleted = deletePublishedBefore(Instant.now().minus(settings.retention()));
                    LOG.log(Level.FINE, "deleted {0} published outbox rows", deleted);
                    nextCleanup = Instant.now().plus(settings.cleanupInterval());
                }
                if (claimed < settings.batchSize()) {
                    notifications.await(settings.pollInterval());
                }
            } catch (SQLException | RuntimeException e) {
                if (!running.getAsBoolean()) {
                    break;
                }
                if (!failing) {
                    LOG.log(Level.WARNING, "Outbox relay cannot publish, retrying with backoff: {0}", describe(e));
                    failing = true;
                }
                if (e instanceof SQLException) {
                    closeNotifications();
                }
                if (!pause(backoff)) {
                    break;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private static boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String describe(Throwable e) {
        Throwable root = e instanceof RelayFailedException && e.getCause() != null ? e.getCause() : e;
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private void closeNotifications() {
        Notifications n = notifications;
        notifications = null;
        if (n != null) {
            n.close();
        }
    }

    /** Stops waiting for notifications (ends a blocked {@link #run}) and closes the producer. */
    @Override
    public void close() {
        closeNotifications();
        discardProducer();
    }

    private record Row(long seq, String topic, String key, String payload, String headers, Instant createdAt) {
        ProducerRecord<String, byte[]> record() {
            var record = new ProducerRecord<>(topic, key, payload.getBytes(StandardCharsets.UTF_8));
            try (JsonReader reader = JsonSupport.JSON.createReader(new StringReader(headers))) {
                reader.readObject().forEach((name, value) -> record.headers().add(new RecordHeader(name,
                        ((JsonString) value).getString().getBytes(StandardCharsets.UTF_8))));
            }
            return record;
        }
    }

    private static final class Sent {
        final List<Long> published = new ArrayList<>();
        final List<Long> failed = new ArrayList<>();
        final List<Duration> lags = new ArrayList<>();
        Exception failure;
    }

    /** Some rows of a batch could not be sent; they stay unpublished and are tried again. */
    public static final class RelayFailedException extends RuntimeException {
        RelayFailedException(Exception cause) {
            super(describe(cause), cause);
        }
    }
}
