package nova.platform.events;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Sends committed outbox rows to Kafka and marks them published only after the broker has
 * acknowledged them: this class is the loop; {@link OutboxClaim} is its SQL and {@link RelayPipeline}
 * the send-and-ack pipeline. It relays the backlog, then waits for a commit notification
 * (LISTEN/NOTIFY), the poll interval or a deferred row's next try, and deletes published rows after the retention period.
 * A killed relay leaves its batches unmarked: those rows are sent again (at least once), and the
 * consumers' inbox makes the repeat harmless.
 * <p>
 * Plain Java on a {@link DataSource} and a {@link RecordSender}: the server runs it on a managed
 * thread with {@link OutboxChannel}; the benchmark and the tests run the same class.
 * How it came to be shaped this way, with figures: perf/event-backbone/HISTORY.md.
 */
public final class OutboxRelay implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final Duration MIN_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    /**
     * How the relay paces itself.
     *
     * @param retention     how long rows are kept after they were written, once published; zero deletes
     *                      a row when it is published
     * @param pipelineDepth how many batches may be under way at once, each holding a connection and a
     *                      thread while it is (1: one batch at a time)
     * @param rowRetry      how a row that fails for a reason of its own is tried again, and when it is parked
     */
    public record Settings(int batchSize, Duration pollInterval, Duration retention, Duration cleanupInterval,
                           int pipelineDepth, RowRetry rowRetry) {

        /**
         * Two: the next batch is claimed while the one before is checked, handed over, acknowledged
         * and marked (see HISTORY.md).
         */
        public static final int DEFAULT_PIPELINE_DEPTH = 2;

        public Settings {
            java.util.Objects.requireNonNull(rowRetry, "rowRetry");
            if (batchSize < 1 || pipelineDepth < 1) {
                throw new IllegalArgumentException("batch size and pipeline depth must be at least 1");
            }
            if (retention.isNegative()) {
                throw new IllegalArgumentException("retention must not be negative");
            }
        }

        /** With the default row retry. */
        public Settings(int batchSize, Duration pollInterval, Duration retention, Duration cleanupInterval,
                        int pipelineDepth) {
            this(batchSize, pollInterval, retention, cleanupInterval, pipelineDepth, RowRetry.defaults());
        }

        /** With the default pipeline depth and row retry. */
        public Settings(int batchSize, Duration pollInterval, Duration retention, Duration cleanupInterval) {
            this(batchSize, pollInterval, retention, cleanupInterval, DEFAULT_PIPELINE_DEPTH);
        }

        public Settings withRowRetry(RowRetry retry) {
            return new Settings(batchSize, pollInterval, retention, cleanupInterval, pipelineDepth, retry);
        }

        public static Settings defaults() {
            return new Settings(2000, Duration.ofSeconds(5), Duration.ofHours(24), Duration.ofMinutes(10));
        }
    }

    /**
     * How a row that the broker refuses for a reason of its own (its topic missing or not ours to write,
     * the record too large or not serialisable) is tried again: on its own, after {@code first}, then a
     * gap doubling each time up to {@code max}, while every other row keeps flowing and the later rows
     * of its aggregate wait behind it; after {@code parkAfter} such failures it is parked. A broker that
     * is away is no row's fault: the relay backs off as a whole and no row counts it.
     */
    public record RowRetry(Duration first, Duration max, int parkAfter) {

        public RowRetry {
            if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || parkAfter < 1) {
                throw new IllegalArgumentException("a row retry needs 0 < first <= max and parkAfter >= 1");
            }
        }

        /**
         * 1 s, 2 s, 4 s … 256 s (5 min at most): parked at the 10th failure, 511 s of gaps after the first
         * (plus each try's own time: 5 s for a missing topic, the producer's metadata wait).
         */
        public static RowRetry defaults() {
            return new RowRetry(Duration.ofSeconds(1), Duration.ofMinutes(5), 10);
        }

        /** The gap after the {@code attempts}-th failure (1, 2, …), as the relay's SQL computes it. */
        public Duration gapAfter(int attempts) {
            Duration gap = first.multipliedBy(1L << Math.min(attempts - 1, 40));
            return gap.compareTo(max) > 0 || gap.isNegative() ? max : gap;
        }
    }

    /**
     * What operators see: rows waiting (parked ones included), how long the oldest has waited, and how
     * many are parked.
     */
    public record Backlog(long rows, Duration oldest, long parked) {
    }

    /** A parked row, as an operator sees it (never its payload). */
    public record ParkedRow(long seq, String topic, int attempts, Instant parkedAt, String lastError) {
    }

    /**
     * Where one batch's time went. Claiming: taking a connection from the pool, the claim's query
     * (PostgreSQL's work and the rows' transfer), reading the rows out of the result set, and, in its
     * send turn, the held-back check. Sending: building the Kafka records, handing them to the sender.
     * Between the two, waiting for the batch before it to have handed its rows over. Then waiting
     * for the broker's acks (its own, then the earlier batches' verdicts), marking and committing.
     * Batches overlap, so the phases of successive batches add up to more than the time they took
     * together.
     */
    public record BatchTimes(int rows, Duration connect, Duration query, Duration read, Duration heldBack,
                             Duration build, Duration sendTurn, Duration handOver, Duration acks, Duration mark) {

        /** Claiming and reading the rows: connect + query + read + held-back check. */
        public Duration claim() {
            return connect.plus(query).plus(read).plus(heldBack);
        }

        /** Building the records and handing them over. */
        public Duration send() {
            return build.plus(handOver);
        }
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
    private final Settings settings;
    private final OutboxClaim claim;
    private final RelayPipeline pipeline;
    private volatile Notifications notifications;

    /** Helpers run on plain daemon threads: for the tests and the benchmark. */
    public OutboxRelay(DataSource dataSource, RecordSender sender, Settings settings, Listener listener) {
        this(dataSource, sender, settings, listener, daemonThreads());
    }

    /**
     * @param threads where the threads that relay alongside the caller come from while there is a
     *                backlog, {@link Settings#pipelineDepth()} − 1 of them (the server passes its managed
     *                thread factory)
     */
    public OutboxRelay(DataSource dataSource, RecordSender sender, Settings settings, Listener listener,
                       ThreadFactory threads) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.claim = new OutboxClaim(dataSource, settings.batchSize(), settings.retention(), settings.rowRetry());
        this.pipeline = new RelayPipeline(dataSource, claim, sender, settings.pipelineDepth(), listener, threads);
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
        return pipeline.relayBacklog(more);
    }

    /** See {@link OutboxClaim#deletePublishedBefore}. */
    public int deletePublishedBefore(Instant cutoff) throws SQLException {
        return claim.deletePublishedBefore(cutoff);
    }

    public Backlog backlog() throws SQLException {
        return claim.backlog();
    }

    /** The parked rows, oldest first, at most {@code limit}. */
    public List<ParkedRow> parked(int limit) throws SQLException {
        return claim.parked(limit);
    }

    /**
     * Sends parked rows again (after the operator has created the topic, granted the access, …): their
     * failed attempts start from zero and they are due at once; the relay is woken.
     *
     * @param seqs the rows, or empty for every parked row
     * @return how many parked rows are due again
     */
    public int resendParked(List<Long> seqs) throws SQLException {
        return claim.resendParked(seqs);
    }

    /**
     * Relays until {@code running} turns false: the backlog batch after batch, then waits for a
     * commit notification, the poll interval or the next try of a row it deferred, whichever comes first. Failures (broker or database
     * away) back off from 0.2 s to 10 s and never end the loop; a row that fails for a reason of its
     * own is retried and parked on its own ({@link RowRetry}) and does not slow the loop.
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
                    Duration wait = claim.untilRetryDue(settings.pollInterval()); // a deferred row's gap, if shorter
                    if (!wait.isZero()) {
                        notifications.await(wait);
                    }
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

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "nova-outbox-relay-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Stops waiting for notifications (ends a blocked {@link #run}); the sender is its owner's to close. */
    @Override
    public void close() {
        closeNotifications();
    }

    /** Some rows of a batch could not be sent; they stay unpublished and are tried again. */
    public static class RelayFailedException extends RuntimeException {
        RelayFailedException(Exception cause) {
            super(describe(cause), cause);
        }
    }
}
