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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
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
 * Sends committed outbox rows to Kafka, batch after batch, and marks them published only after the
 * broker has acknowledged them.
 * <ul>
 * <li>A batch is claimed with {@code FOR UPDATE SKIP LOCKED}: two replicas of a server never send
 * the same row at the same time. A claimed row whose aggregate has an earlier unpublished row
 * that someone else holds is left for later, so one aggregate's events reach Kafka in order even
 * with several replicas.</li>
 * <li>Every unpublished row is eligible, whatever its number: a transaction that commits after a
 * later-numbered one is never skipped (there is no high-water mark to skip it).</li>
 * <li>Records are keyed by aggregate id; the producer is idempotent with {@code acks=all}. When a
 * row fails, later rows of the same aggregate are not marked either.</li>
 * <li>A killed relay leaves its batches unmarked: those rows are sent again (at least once), and the
 * consumers' inbox makes the repeat harmless.</li>
 * </ul>
 * <b>Pipelined.</b> PostgreSQL's work (claiming and reading a batch, then marking it) is most of a
 * batch's cost, and the broker's round trip the rest; done one after the other, each waits for the
 * other. So up to {@link Settings#pipelineDepth()} batches are under way at once, each in its own
 * transaction on its own connection and thread: while one is acknowledged and marked, the next is
 * already claimed and sent. What keeps that as safe as one batch at a time:
 * <ul>
 * <li>Batches are claimed and handed to the producer strictly one after another, and the producer
 * keeps that order within a partition (idempotent, at most five requests in flight). The rows the
 * relay's own earlier batches are sending therefore reach Kafka first, and a claim does not count
 * them as held elsewhere; the rows those batches hold back still hold back their aggregates.</li>
 * <li>A batch marks its rows only once every earlier batch's acks are in and none failed; batches
 * that have their acks then mark side by side (they hold different rows). From the first batch
 * with a failed send, every later one rolls back without marking anything: its rows are sent again
 * after the failed ones, so no row of an aggregate is marked published while an earlier one's send
 * failed. A batch whose marking fails in the database leaves only acknowledged rows unmarked: they
 * are sent again, after copies that already reached Kafka in order. Either way the repeats are
 * duplicates, which the inbox absorbs; nothing is reordered.</li>
 * </ul>
 * <b>What "published" is.</b> Each outbox_events row has a narrow outbox_pending row (seq, aggregate,
 * failed attempts), written by a trigger in the same transaction. The relay claims and locks the
 * pending rows, reads the events they point to, and marks a row published by deleting its pending
 * row; outbox_events is never updated. That is what makes the relay fast: stamping a
 * {@code published_at} on the 1 KB row instead cost PostgreSQL a new row version and new index
 * entries, and the relay managed about 0.43× the broker's raw producer rate in perf/events. The
 * outbox_events rows are kept for the retention period after they were written, then
 * {@link #deletePublishedBefore} removes those that are no longer pending; with a retention of zero
 * the row is deleted along with its pending row when its ack comes.
 * <p>
 * Plain Java on a {@link DataSource}: the server runs it on managed threads, the benchmark and the
 * tests run the same class directly.
 */
public final class OutboxRelay implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final Duration MIN_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    /*
     * A batch is claimed in two steps of one transaction. First the oldest pending rows nobody else
     * holds, locked in one pass in index order, each then joined to its event by one look in the
     * primary key (a join left to the planner became a merge join that read every event since the
     * first, published or not, from the start of the index: 37-40 ms per 1,000 rows at a 300,000
     * row backlog against 4 for the lookups); the rows
     * this relay's earlier batches are sending are passed over before their locks are tried (the
     * first parameter). Then HELD_BACK, on numbers only: is any unpublished row below the claim's
     * highest number neither claimed nor being sent by this relay (held by another replica, or
     * committed late with a lower number)? Usually not, and one look along the index says so. When
     * there is, each claimed aggregate's first such row is found by walking that aggregate's
     * unpublished rows from the oldest unpublished number (the index entries of rows published since
     * the last vacuum lie below it), and the aggregate's claimed rows from there on are kept back:
     * locked, not sent. HELD_BACK's snapshot is newer than the claim's, so it can only find more
     * rows to wait for, never fewer. Either way a batch costs the same whatever the backlog.
     */
    private static final String CLAIM = """
            SELECT p.seq, e.topic, e.aggregate_id, e.payload::text, e.headers::text, e.created_at, p.ctid::text, e.ctid::text
            FROM (SELECT seq, ctid FROM outbox_pending
                  WHERE seq NOT IN (SELECT unnest(?::bigint[]))
                  ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED) p
            LEFT JOIN LATERAL (SELECT topic, aggregate_id, payload, headers, created_at, ctid
                              FROM outbox_events x WHERE x.seq = p.seq LIMIT 1) e ON true
            ORDER BY p.seq""";
    /* A pending row whose event is gone (deleted by hand: nothing in the platform does) is dropped. */
    private static final String DROP_ORPHANS = "DELETE FROM outbox_pending WHERE ctid = ANY(?::tid[])";
    private static final String HELD_BACK = """
            WITH mine AS (SELECT unnest(?::bigint[]) AS seq),
            others_below AS (
                SELECT EXISTS (
                    SELECT 1 FROM outbox_pending x
                    WHERE x.seq < ? AND x.seq NOT IN (SELECT seq FROM mine)) AS found),
            oldest AS (SELECT min(seq) AS seq FROM outbox_pending)
            SELECT a.aggregate_id, (
                SELECT e.seq FROM outbox_pending e
                WHERE e.aggregate_id = a.aggregate_id
                  AND e.seq >= (SELECT seq FROM oldest)
                  AND e.seq NOT IN (SELECT seq FROM mine)
                ORDER BY e.seq LIMIT 1) AS from_seq
            FROM unnest(?::text[]) AS a(aggregate_id)
            WHERE (SELECT found FROM others_below)""";
    /*
     * Marking deletes the claimed outbox_pending rows, found by their physical address (ctid), read by
     * the claim: no index descent per row. The address cannot change meanwhile: the claim's lock keeps
     * every other writer off the row, and pruning and vacuum never move a live row version to another
     * address. The outbox_events rows are never updated; with a retention of zero they are deleted
     * too, by the address the claim read (nothing but the relay deletes a row that is still pending).
     */
    private static final String MARK_PUBLISHED = "DELETE FROM outbox_pending WHERE ctid = ANY(?::tid[])";
    private static final String DELETE_PUBLISHED = "DELETE FROM outbox_events WHERE ctid = ANY(?::tid[])";
    private static final String COUNT_ATTEMPT = "UPDATE outbox_pending SET attempts = attempts + 1 WHERE seq = ANY(?)";

    /**
     * How the relay paces itself.
     *
     * @param retention     how long rows are kept after they were written, once published; zero deletes
     *                      a row when it is published
     * @param pipelineDepth how many batches may be under way at once, each holding a connection and a
     *                      thread while it is (1: one batch at a time)
     */
    public record Settings(int batchSize, Duration pollInterval, Duration retention, Duration cleanupInterval,
                           int pipelineDepth) {

        /**
         * Two: one batch claimed and read while the one before it is acknowledged and marked. When
         * marking stamped a 1 KB row, that took the relay from 0.33–0.38× to 0.40–0.49× the raw
         * producer's rate in perf/events (a third or fourth batch added 0–9 %). Since marking only
         * deletes a narrow pending row, the claim (reading the events out of jsonb) is nearly all of
         * PostgreSQL's share, claims take turns, and depth 1 and 2 measure the same on two cores
         * (74.5k–77.8k and 75.9k–78.7k records/s at batch 2000); two still hides the broker's round
         * trip where that is slower than here, for one more connection and thread while a backlog lasts.
         */
        public static final int DEFAULT_PIPELINE_DEPTH = 2;

        public Settings {
            if (batchSize < 1 || pipelineDepth < 1) {
                throw new IllegalArgumentException("batch size and pipeline depth must be at least 1");
            }
            if (retention.isNegative()) {
                throw new IllegalArgumentException("retention must not be negative");
            }
        }

        /** With the default pipeline depth. */
        public Settings(int batchSize, Duration pollInterval, Duration retention, Duration cleanupInterval) {
            this(batchSize, pollInterval, retention, cleanupInterval, DEFAULT_PIPELINE_DEPTH);
        }

        public static Settings defaults() {
            return new Settings(2000, Duration.ofSeconds(5), Duration.ofHours(24), Duration.ofMinutes(10));
        }
    }

    /** What operators see: rows waiting, and how long the oldest has waited. */
    public record Backlog(long rows, Duration oldest) {
    }

    /**
     * Where one batch's time went: claiming and reading its rows, handing them to the producer,
     * waiting for the broker's acks (its own, then the earlier batches' verdicts), marking and
     * committing. Batches overlap, so the phases of successive batches add up to more than the time
     * they took together.
     */
    public record BatchTimes(int rows, Duration claim, Duration send, Duration acks, Duration mark) {
    }

    /** Told about every batch, for metrics, on the relay's threads. */
    public interface Listener {
        /**
         * Called once a batch's marks are committed; batches that mark side by side call it side by side.
         *
         * @param lags for each row marked published: from when it was written until the broker's ack
         */
        void published(List<Duration> lags);

        /** Where a batch's time went, once it is marked or rolled back. */
        default void timed(BatchTimes times) {
        }

        Listener NONE = lags -> {
        };
    }

    private final DataSource dataSource;
    private final Supplier<Producer<String, byte[]>> producers;
    private final Settings settings;
    private final Listener listener;
    private final ThreadFactory threads;
    private final Object relaying = new Object();
    private Producer<String, byte[]> producer;
    private volatile Notifications notifications;

    /** Helpers run on plain daemon threads: for the tests and the benchmark. */
    public OutboxRelay(DataSource dataSource, Supplier<Producer<String, byte[]>> producers, Settings settings,
                       Listener listener) {
        this(dataSource, producers, settings, listener, daemonThreads());
    }

    /**
     * @param threads where the threads that relay alongside the caller come from while there is a
     *                backlog, {@link Settings#pipelineDepth()} − 1 of them (the server passes its managed
     *                thread factory)
     */
    public OutboxRelay(DataSource dataSource, Supplier<Producer<String, byte[]>> producers, Settings settings,
                       Listener listener, ThreadFactory threads) {
        this.dataSource = dataSource;
        this.producers = producers;
        this.settings = settings;
        this.listener = listener;
        this.threads = threads;
    }

    /** An idempotent, {@code acks=all} producer for the relay. */
    public static Supplier<Producer<String, byte[]>> producers(String bootstrap, String clientId) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        // a batch's records leave at the latest 1 ms after they are handed over (see flush)
        config.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        // a broker that does not answer fails the batch in seconds; the rows stay unpublished and are retried
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        return () -> new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * Relays batch after batch, up to {@link Settings#pipelineDepth()} of them under way at once,
     * until a claim comes back short of a full batch (nothing more is waiting) or {@code more} turns
     * false; returns when every batch it claimed is marked or rolled back. One caller at a time.
     *
     * @param more asked before each claim
     * @return the number of rows marked published
     * @throws RelayFailedException after marking what may be marked, if a row could not be sent
     * @throws SQLException         if the database failed; the failed batch and those after it are rolled back
     */
    public long relayBacklog(BooleanSupplier more) throws SQLException {
        synchronized (relaying) {
            Pipeline pipeline = new Pipeline(more);
            int depth = settings.pipelineDepth();
            List<Thread> helpers = new ArrayList<>(depth - 1);
            // the caller relays batches 0, depth, 2·depth…; helpers join in only if the first claim finds a backlog
            relayEvery(pipeline, 0, depth, () -> {
                for (int worker = 1; worker < depth; worker++) {
                    int first = worker;
                    try {
                        Thread helper = threads.newThread(() -> relayEvery(pipeline, first, depth, null));
                        helper.start();
                        helpers.add(helper);
                    } catch (RuntimeException e) { // no thread to be had (the server is stopping): fewer batches
                        pipeline.failed(first, e);
                    }
                }
            });
            for (Thread helper : helpers) {
                joinQuietly(helper);
            }
            if (pipeline.sendFailed()) {
                discardProducer(); // a fresh idempotent session for the retry
            }
            return pipeline.outcome();
        }
    }

    /**
     * One worker: batches {@code first}, {@code first + step}, … of the pipeline, each claimed, sent
     * and marked in turn; {@code onBacklog}, if any, runs once the first batch's claim came back full.
     */
    private void relayEvery(Pipeline pipeline, int first, int step, Runnable onBacklog) {
        for (int batch = first; pipeline.awaitClaimTurn(batch); batch += step) {
            relay(pipeline, batch, batch == first ? onBacklog : null);
        }
    }

    /**
     * One batch on its own connection: claimed, read and handed to the producer in its claim turn;
     * then its acks, its verdict in its turn, and its marks committed, or everything rolled back.
     */
    private void relay(Pipeline pipeline, int batch, Runnable onBacklog) {
        long start = System.nanoTime();
        long claimed = start;
        long sent = start;
        long acknowledged = start;
        List<Row> rows = List.of();
        Acks acks = null;
        Connection connection = null;
        try {
            try {
                connection = dataSource.getConnection();
                connection.setAutoCommit(false);
                rows = claim(connection, pipeline.sending());
                claimed = System.nanoTime();
                acks = send(rows);
                sent = System.nanoTime();
            } catch (SQLException | RuntimeException e) {
                pipeline.failed(batch, e);
            } finally {
                // the next batch may claim once this one's records are in the producer's hands
                pipeline.claimed(batch, acks == null ? List.of() : acks.handedOver, rows.size() < settings.batchSize());
            }
            if (onBacklog != null && rows.size() == settings.batchSize()) {
                onBacklog.run();
            }
            if (acks != null && !acks.handedOver.isEmpty() && rows.size() < settings.batchSize()) {
                flush(); // the backlog's last batch: nothing follows it into the producer
            }
            Sent outcome = acks == null ? null : acks.await();
            boolean mayMark = pipeline.acknowledged(batch, outcome == null || outcome.failure == null ? null
                    : new RelayFailedException(outcome.failure));
            acknowledged = System.nanoTime();
            if (mayMark && outcome != null) {
                mark(connection, outcome);
                pipeline.published(outcome.published.size());
                listener.published(outcome.lags);
            } else {
                rollback(connection);
            }
        } catch (SQLException | RuntimeException e) {
            pipeline.failed(batch, e);
            rollback(connection);
        } finally {
            close(connection);
            pipeline.finished(batch, acks == null ? List.of() : acks.handedOver);
            long end = System.nanoTime();
            listener.timed(new BatchTimes(rows.size(), Duration.ofNanos(claimed - start), Duration.ofNanos(sent - claimed),
                    Duration.ofNanos(acknowledged - sent), Duration.ofNanos(end - acknowledged)));
        }
    }

    /** The rows to send, in order: claimed and locked, less those kept back for an earlier row of their aggregate. */
    private List<Row> claim(Connection connection, Long[] sending) throws SQLException {
        List<Row> rows = new ArrayList<>(settings.batchSize());
        List<String> orphans = new ArrayList<>();
        try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setArray(1, connection.createArrayOf("bigint", sending));
            claim.setInt(2, settings.batchSize());
            try (ResultSet rs = claim.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(2) == null) {
                        orphans.add(rs.getString(7));
                        continue;
                    }
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4), rs.getString(5),
                            rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7), rs.getString(8)));
                }
            }
        }
        if (!orphans.isEmpty()) {
            LOG.log(Level.WARNING, "Outbox relay drops {0} pending rows whose outbox_events rows were deleted", orphans.size());
            mark(connection, DROP_ORPHANS, "text", orphans);
        }
        return rows.isEmpty() ? rows : withoutHeldBack(connection, rows, sending);
    }

    private static List<Row> withoutHeldBack(Connection connection, List<Row> rows, Long[] sending) throws SQLException {
        Long[] mine = new Long[rows.size() + sending.length];
        Set<String> aggregates = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            mine[i] = rows.get(i).seq;
            aggregates.add(rows.get(i).key);
        }
        System.arraycopy(sending, 0, mine, rows.size(), sending.length);
        Map<String, Long> heldFrom = new HashMap<>();
        try (PreparedStatement check = connection.prepareStatement(HELD_BACK)) {
            check.setArray(1, connection.createArrayOf("bigint", mine));
            check.setLong(2, rows.get(rows.size() - 1).seq);
            check.setArray(3, connection.createArrayOf("text", aggregates.toArray()));
            try (ResultSet rs = check.executeQuery()) {
                while (rs.next()) {
                    long from = rs.getLong(2);
                    if (!rs.wasNull()) {
                        heldFrom.put(rs.getString(1), from);
                    }
                }
            }
        }
        if (heldFrom.isEmpty()) {
            return rows;
        }
        List<Row> sendable = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Long from = heldFrom.get(row.key);
            if (from == null || row.seq < from) {
                sendable.add(row);
            }
        }
        return sendable;
    }

    /** Hands the rows to the producer in order; stops at the first it refuses. */
    private Acks send(List<Row> rows) {
        Acks acks = new Acks(rows);
        try {
            Producer<String, byte[]> p = producer();
            for (Row row : rows) {
                acks.futures.add(p.send(row.record()));
                acks.handedOver.add(row.seq);
            }
        } catch (RuntimeException e) {
            acks.refused = e; // the rows without a future were not handed to the producer
        }
        return acks;
    }

    /**
     * Marks the acknowledged rows (all but those of an aggregate with a failed row before them),
     * counts an attempt on the failed ones, and commits without waiting for the disk
     * ({@code synchronous_commit = off}, for this transaction only). That is safe: a database crash
     * can lose the last fraction of a second of such commits, and their rows are then unpublished
     * again and sent again after the restart. Their first copies reached Kafka before anything later
     * of their aggregates did, so the repeats are duplicates, which the consumers' inbox drops;
     * nothing is lost or reordered. The writers' commits stay synchronous.
     */
    private void mark(Connection connection, Sent sent) throws SQLException {
        if (sent.published.isEmpty() && sent.failed.isEmpty()) {
            connection.commit();
            return;
        }
        mark(connection, MARK_PUBLISHED, "text", sent.published);
        if (settings.retention().isZero()) {
            mark(connection, DELETE_PUBLISHED, "text", sent.events);
        }
        mark(connection, COUNT_ATTEMPT, "bigint", sent.failed);
        try (Statement s = connection.createStatement()) {
            s.execute("SET LOCAL synchronous_commit = off");
        }
        connection.commit();
    }

    private static void mark(Connection connection, String sql, String type, List<?> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            Array array = connection.createArrayOf(type, rows.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    private static void rollback(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the database releases the claim itself
        }
    }

    private static void close(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "closing a relay connection", e);
        }
    }

    private static void joinQuietly(Thread helper) {
        try {
            helper.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the helper ends on its own: its batches finish or roll back
        }
    }

    private synchronized Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = producers.get();
        }
        return producer;
    }

    /**
     * Sends what the producer holds without waiting for the linger, and waits for the acks: for the
     * last batch of a backlog, often a lone event, whose latency the linger would add to. (A batch
     * followed by others is not flushed: that would also wait for the next batch's records.)
     */
    private void flush() {
        try {
            producer().flush();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "flushing the producer", e); // the acks tell what was sent
        }
    }

    private synchronized void discardProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "closing a failed producer", e);
            }
            producer = null;
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "nova-outbox-relay-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Deletes the published rows written before {@code cutoff}; returns how many. A row still to be
     * sent is kept however old it is: one that waited out a long broker outage goes at the first
     * clean-up after it is published.
     */
    public int deletePublishedBefore(Instant cutoff) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("""
                     DELETE FROM outbox_events e WHERE e.created_at < ?
                     AND NOT EXISTS (SELECT 1 FROM outbox_pending p WHERE p.seq = e.seq)""")) {
            delete.setTimestamp(1, Timestamp.from(cutoff));
            return delete.executeUpdate();
        }
    }

    public Backlog backlog() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT count(*), COALESCE(EXTRACT(EPOCH FROM clock_timestamp()
                         - (SELECT created_at FROM outbox_events WHERE seq = (SELECT min(seq) FROM outbox_pending))), 0)
                     FROM outbox_pending""")) {
            rs.next();
            return new Backlog(rs.getLong(1), Duration.ofNanos((long) (rs.getDouble(2) * 1e9)));
        }
    }

    /**
     * Relays until {@code running} turns false: the backlog batch after batch, then waits for a
     * commit notification or the poll interval, whichever comes first. Failures (broker or database
     * away) back off from 0.2 s to 10 s and never end the loop.
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
                Instant cleanupDue = nextCleanup;
                relayBacklog(() -> running.getAsBoolean() && Instant.now().isBefore(cleanupDue));
                if (failing) {
                    LOG.info("Outbox relay is publishing again");
                    failing = false;
                }
                backoff = MIN_BACKOFF;
                if (!Instant.now().isBefore(nextCleanup)) {
                    int deleted = deletePublishedBefore(Instant.now().minus(settings.retention()));
                    LOG.log(Level.FINE, "deleted {0} published outbox rows", deleted);
                    nextCleanup = Instant.now().plus(settings.cleanupInterval());
                } else if (running.getAsBoolean()) {
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

    /**
     * @param payload the JSON text as the driver receives it: UTF-8, the record's value as it is
     * @param pending where the locked outbox_pending row is, to delete it when the row is published
     * @param event   where the outbox_events row is, to delete it too when nothing is retained
     */
    private record Row(long seq, String topic, String key, byte[] payload, String headers, Instant createdAt,
                       String pending, String event) {
        ProducerRecord<String, byte[]> record() {
            var record = new ProducerRecord<>(topic, key, payload);
            try (JsonReader reader = JsonSupport.JSON.createReader(new StringReader(headers))) {
                reader.readObject().forEach((name, value) -> record.headers().add(new RecordHeader(name,
                        ((JsonString) value).getString().getBytes(StandardCharsets.UTF_8))));
            }
            return record;
        }
    }

    /** A batch in the producer's hands: a future per row handed over, in order. */
    private static final class Acks {
        final List<Row> rows;
        final List<Future<RecordMetadata>> futures;
        final List<Long> handedOver;
        RuntimeException refused;

        Acks(List<Row> rows) {
            this.rows = rows;
            this.futures = new ArrayList<>(rows.size());
            this.handedOver = new ArrayList<>(rows.size());
        }

        /** Waits for every ack; a row fails if it, or an earlier row of its aggregate, was not acknowledged. */
        Sent await() {
            Sent sent = new Sent();
            sent.failure = refused;
            Set<String> blocked = new HashSet<>();
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                Exception failure = i < futures.size() ? ackOf(futures.get(i)) : refused;
                if (failure == null && !blocked.contains(row.key)) {
                    sent.published.add(row.pending);
                    sent.events.add(row.event);
                    sent.lags.add(Duration.between(row.createdAt, Instant.now()));
                } else {
                    blocked.add(row.key);
                    sent.failed.add(row.seq);
                    if (sent.failure == null) {
                        sent.failure = failure;
                    }
                }
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
    }

    private static final class Sent {
        /** the acknowledged rows' outbox_pending rows, by address */
        final List<String> published = new ArrayList<>();
        /** the acknowledged rows' outbox_events rows, by address */
        final List<String> events = new ArrayList<>();
        /** the rows that failed, by number */
        final List<Long> failed = new ArrayList<>();
        final List<Duration> lags = new ArrayList<>();
        Exception failure;
    }

    /**
     * The turns of one {@link #relayBacklog}: batches numbered 0, 1, 2… claim one after another, and
     * give their verdicts (all acknowledged, or a send failed) one after another; the rows of batches
     * claimed and not yet finished are "sending". Once a batch fails, nothing after it claims, and the
     * batches after it that have already claimed roll back instead of marking.
     */
    static final class Pipeline {
        private final BooleanSupplier more;
        private final Set<Long> sending = new HashSet<>();
        private int claimTurn;
        private int verdictTurn;
        private boolean stopClaiming;
        private int failedAt = Integer.MAX_VALUE;
        private Exception failure;
        private long published;

        Pipeline(BooleanSupplier more) {
            this.more = more;
        }

        /** Waits until {@code batch} may claim; false if nothing more is to be claimed (the worker is done). */
        synchronized boolean awaitClaimTurn(int batch) {
            while (claimTurn != batch && !stopClaiming) {
                if (!waitInterruptibly(batch)) {
                    return false;
                }
            }
            if (stopClaiming || !more.getAsBoolean()) {
                stopClaiming = true;
                notifyAll();
                return false;
            }
            return true;
        }

        /** The rows this relay's earlier batches have handed to the producer and not yet finished with. */
        synchronized Long[] sending() {
            return sending.toArray(new Long[0]);
        }

        /** {@code batch} has claimed and handed {@code handedOver} to the producer: the next batch's turn. */
        synchronized void claimed(int batch, List<Long> handedOver, boolean lastOfBacklog) {
            sending.addAll(handedOver);
            if (lastOfBacklog) {
                stopClaiming = true;
            }
            claimTurn = batch + 1;
            notifyAll();
        }

        /**
         * {@code batch} has its acks: waits for the earlier batches' verdicts, then gives its own
         * ({@code sendFailure}, or null if every row was acknowledged).
         *
         * @return whether {@code batch} may mark: false if an earlier batch failed (or this one failed
         * before it sent anything); a batch whose send failed still marks what was acknowledged before it
         */
        synchronized boolean acknowledged(int batch, RelayFailedException sendFailure) {
            while (verdictTurn != batch && failedAt >= batch) {
                if (!waitInterruptibly(batch)) {
                    break;
                }
            }
            boolean mayMark = failedAt >= batch && verdictTurn == batch;
            if (mayMark && sendFailure != null) {
                failed(batch, sendFailure);
            }
            verdictTurn = Math.max(verdictTurn, batch + 1);
            notifyAll();
            return mayMark && failedAt >= batch;
        }

        synchronized void published(int rows) {
            published += rows;
        }

        /**
         * {@code batch} has committed or rolled back: its rows are no longer sending. A batch that
         * ends without a verdict (an error thrown past the relay) counts as failed, so the batches
         * after it do not wait for it.
         */
        synchronized void finished(int batch, List<Long> handedOver) {
            handedOver.forEach(sending::remove);
            if (verdictTurn <= batch) {
                failed(batch, new IllegalStateException("outbox relay batch " + batch + " ended without a verdict"));
            }
        }

        /** {@code batch} failed: nothing after it claims or marks; the first failure is the one reported. */
        synchronized void failed(int batch, Exception e) {
            if (batch < failedAt) {
                failedAt = batch;
                failure = e;
            }
            stopClaiming = true;
            notifyAll();
        }

        synchronized boolean sendFailed() {
            return failure instanceof RelayFailedException;
        }

        /** The rows published, or the first failure. */
        synchronized long outcome() throws SQLException {
            if (failure instanceof SQLException e) {
                throw e;
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            return published;
        }

        private boolean waitInterruptibly(int batch) {
            try {
                wait();
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed(batch, new IllegalStateException("outbox relay interrupted", e));
                return false;
            }
        }
    }

    /** Some rows of a batch could not be sent; they stay unpublished and are tried again. */
    public static final class RelayFailedException extends RuntimeException {
        RelayFailedException(Exception cause) {
            super(describe(cause), cause);
        }
    }
}
