package nova.platform.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Sends and acknowledges a backlog batch after batch: each batch is claimed ({@link OutboxClaim}) on
 * its own connection, its records handed to the {@link RecordSender}, and its pending rows deleted
 * once every record's ack is in; a batch with a failed send marks what was acknowledged before it and
 * rolls back the rest.
 * <p>
 * <b>Pipelined.</b> Up to {@code pipelineDepth} batches are under way at once, each in its own
 * transaction on its own thread: while one is checked, handed over, acknowledged and marked, the
 * next is already claimed. What keeps that as safe as one batch at a time ({@link Turns}):
 * <ul>
 * <li>Batches are claimed strictly one after another, and handed over strictly one after another
 * (a batch's held-back check and hand-over wait for the batch before it to have handed its rows
 * over), and the idempotent producer keeps that order within a partition. The rows the relay's own
 * earlier batches have handed over therefore reach Kafka first, and the held-back check does not
 * count them as held elsewhere; rows an earlier batch holds back count as held elsewhere.</li>
 * <li>A batch marks its rows only once every earlier batch's acks are in and none failed. From the
 * first batch with a failed send, every later one rolls back (one refused at hand-over hands nothing
 * over): its rows are sent again after the
 * failed ones, so no row of an aggregate is marked published while an earlier one's send failed. The
 * repeats are duplicates, which the inbox absorbs; nothing is reordered.</li>
 * </ul>
 */
final class RelayPipeline {

    private static final Logger LOG = Logger.getLogger(RelayPipeline.class.getName());

    private final DataSource dataSource;
    private final OutboxClaim claim;
    private final RecordSender sender;
    private final int depth;
    private final OutboxRelay.Listener listener;
    private final ThreadFactory threads;
    private final Object relaying = new Object();

    RelayPipeline(DataSource dataSource, OutboxClaim claim, RecordSender sender, int depth,
                  OutboxRelay.Listener listener, ThreadFactory threads) {
        this.dataSource = dataSource;
        this.claim = claim;
        this.sender = sender;
        this.depth = depth;
        this.listener = listener;
        this.threads = threads;
    }

    /**
     * See {@link OutboxRelay#relayBacklog}. A pass that ends early because rows failed for reasons of
     * their own (deferred, see {@link #blame}) is followed by another at once: those rows are no longer
     * due, and the rows behind them keep flowing.
     */
    long relayBacklog(BooleanSupplier more) throws SQLException {
        synchronized (relaying) {
            long published = 0;
            while (true) {
                Turns turns = new Turns(more);
                relayPass(turns);
                published += turns.outcome();
                if (!turns.deferred() || !more.getAsBoolean()) {
                    return published;
                }
            }
        }
    }

    private void relayPass(Turns turns) {
        List<Thread> helpers = new ArrayList<>(depth - 1);
        // the caller relays batches 0, depth, 2·depth…; helpers join in only if the first claim finds a backlog
        relayEvery(turns, 0, () -> {
            for (int worker = 1; worker < depth; worker++) {
                int first = worker;
                try {
                    Thread helper = threads.newThread(() -> relayEvery(turns, first, null));
                    helper.start();
                    helpers.add(helper);
                } catch (RuntimeException e) { // no thread to be had (the server is stopping): fewer batches
                    turns.failed(first, e);
                }
            }
        });
        for (Thread helper : helpers) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the helper ends on its own: its batches finish or roll back
            }
        }
    }

    /** One worker: batches {@code first}, {@code first + depth}, …; {@code onBacklog} runs once the first claim came back full. */
    private void relayEvery(Turns turns, int first, Runnable onBacklog) {
        for (int batch = first; turns.awaitClaimTurn(batch); batch += depth) {
            relay(turns, batch, batch == first ? onBacklog : null);
        }
    }

    /**
     * One batch on its own connection: claimed (its rows locked and read) in its claim turn; its
     * records built; then, in its send turn, the held-back check and the hand-over; then its acks, its
     * verdict in its turn, and its marks committed, or everything rolled back. The next batch claims
     * while this one is checked and handed over; it hands over only after this one.
     */
    private void relay(Turns turns, int batch, Runnable onBacklog) {
        long start = System.nanoTime();
        long connected = start;
        long claimed = start;
        long built = start;
        long turn = start;
        long checked = start;
        long sent = start;
        long acknowledged = start;
        OutboxClaim.Claimed locked = null;
        List<Long> lockedRows = List.of();
        List<PendingRow> rows = List.of();
        Acks acks = null;
        Connection connection = null;
        try {
            try {
                connection = dataSource.getConnection();
                connection.setAutoCommit(false);
                connected = System.nanoTime();
                locked = claim.claim(connection, turns.passOver());
                lockedRows = locked.rows().stream().map(PendingRow::seq).toList();
            } catch (SQLException | RuntimeException e) {
                turns.failed(batch, e);
            } finally {
                // the next batch may claim once this one's rows are locked: it passes them over
                turns.claimed(batch, lockedRows, locked == null || !claim.full(locked.locked()));
                claimed = System.nanoTime();
            }
            if (onBacklog != null && locked != null && claim.full(locked.locked())) {
                onBacklog.run();
            }
            if (locked != null) {
                try {
                    List<Object> records = new ArrayList<>(locked.rows().size());
                    for (PendingRow row : locked.rows()) {
                        try {
                            records.add(row.record());
                        } catch (RuntimeException e) { // its headers are not what the platform writes: its own fault
                            records.add(new UnsendableRowException(e));
                        }
                    }
                    built = System.nanoTime();
                    if (turns.awaitSendTurn(batch)) { // not after an earlier batch failed
                        turn = System.nanoTime();
                        rows = OutboxClaim.withoutHeldBack(connection, locked.rows(), turns.sending());
                        checked = System.nanoTime();
                        acks = send(rows, locked.rows(), records);
                        if (acks.refused != null) { // nothing after it may be handed over
                            turns.failed(batch, new OutboxRelay.RelayFailedException(acks.refused));
                        }
                    }
                } catch (SQLException | RuntimeException e) {
                    turns.failed(batch, e);
                } finally {
                    turns.sent(batch, lockedRows, acks == null ? List.of() : acks.handedOver);
                    sent = System.nanoTime();
                }
            }
            Verdict verdict = acks == null ? null : acks.await();
            OutboxRelay.RelayFailedException failure = null;
            if (verdict != null && verdict.failure != null) {
                verdict.deferred = acks.refused == null ? blame(verdict.failures) : null;
                failure = verdict.deferred == null ? new OutboxRelay.RelayFailedException(verdict.failure)
                        : new RowsDeferredException(verdict.failure);
            }
            boolean mayMark = turns.acknowledged(batch, failure);
            acknowledged = System.nanoTime();
            if (mayMark && verdict != null) {
                claim.markAndCommit(connection, verdict.published,
                        verdict.deferred == null ? List.of() : verdict.deferred);
                turns.published(verdict.published.size());
                listener.published(verdict.lags);
            } else {
                rollback(connection);
            }
        } catch (SQLException | RuntimeException e) {
            turns.failed(batch, e);
            rollback(connection);
        } finally {
            close(connection);
            turns.finished(batch, lockedRows);
            long end = System.nanoTime();
            listener.timed(new OutboxRelay.BatchTimes(rows.size(), Duration.ofNanos(connected - start),
                    Duration.ofNanos(locked == null ? 0 : locked.query()), Duration.ofNanos(locked == null ? 0 : locked.read()),
                    Duration.ofNanos(Math.max(0, checked - turn)), Duration.ofNanos(Math.max(0, built - claimed)),
                    Duration.ofNanos(Math.max(0, turn - built)), Duration.ofNanos(Math.max(0, sent - checked)),
                    Duration.ofNanos(Math.max(0, acknowledged - sent)), Duration.ofNanos(end - acknowledged)));
        }
    }

    /**
     * Hands {@code rows} (a part of {@code claimed}, in order) over, in order; stops at the first one refused.
     * A row whose record could not be built is not handed over: its ack is its failure.
     */
    @SuppressWarnings("unchecked")
    private Acks send(List<PendingRow> rows, List<PendingRow> claimed, List<Object> records) {
        Acks acks = new Acks(rows);
        try {
            int next = 0;
            for (PendingRow row : rows) {
                while (claimed.get(next) != row) { // held back: not sent
                    next++;
                }
                Object record = records.get(next++);
                acks.stages.add(record instanceof UnsendableRowException unsendable
                        ? CompletableFuture.failedFuture(unsendable)
                        : sender.send((ProducerRecord<String, byte[]>) record));
                acks.handedOver.add(row.seq());
            }
        } catch (RuntimeException e) {
            acks.refused = e; // the rows without a stage were not handed over
        }
        return acks;
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

    /** A batch handed over: an ack stage per row, in order. */
    private static final class Acks {
        final List<PendingRow> rows;
        final List<CompletionStage<Void>> stages;
        final List<Long> handedOver;
        RuntimeException refused;

        Acks(List<PendingRow> rows) {
            this.rows = rows;
            this.stages = new ArrayList<>(rows.size());
            this.handedOver = new ArrayList<>(rows.size());
        }

        /** Waits for every ack; a row fails if it, or an earlier row of its aggregate, was not acknowledged. */
        Verdict await() {
            Verdict verdict = new Verdict();
            verdict.failure = refused;
            Set<String> blocked = new HashSet<>();
            for (int i = 0; i < rows.size(); i++) {
                PendingRow row = rows.get(i);
                Exception failure = i < stages.size() ? ackOf(stages.get(i)) : refused;
                if (failure == null && !blocked.contains(row.key())) {
                    verdict.published.add(row);
                    verdict.lags.add(Duration.between(row.createdAt(), Instant.now()));
                } else {
                    blocked.add(row.key());
                    if (failure != null) { // not only behind an earlier failed row of its aggregate
                        verdict.failures.add(new Failed(row, failure));
                    }
                    if (verdict.failure == null) {
                        verdict.failure = failure;
                    }
                }
            }
            return verdict;
        }

        private static Exception ackOf(CompletionStage<Void> ack) {
            try {
                ack.toCompletableFuture().get();
                return null;
            } catch (ExecutionException e) {
                return e.getCause() instanceof Exception cause ? cause : e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return e;
            }
        }
    }

    /**
     * What a batch's acks said: the rows to mark published, each failed row's own failure (not those only behind an
     * earlier failed row of their aggregate: they stay unpublished, uncharged), the first failure; and, if every
     * failure was the row's own, the rows to defer.
     */
    private static final class Verdict {
        final List<PendingRow> published = new ArrayList<>();
        final List<Failed> failures = new ArrayList<>();
        final List<Duration> lags = new ArrayList<>();
        Exception failure;
        List<OutboxClaim.RowFailure> deferred;
    }

    private record Failed(PendingRow row, Exception failure) {
    }

    /**
     * Whose fault each failed row is. The row's own, deferred and in the end parked: its record could not
     * be built, or the broker refused that record for good (too large, not serialisable, an invalid topic
     * name, a topic we may not write), or its topic does not exist, as the broker says when asked
     * ({@link RecordSender#topicExists}; the producer reports a missing topic only as a timeout waiting
     * for its metadata, as it does a broker that is away). Anything else, or a broker that does not answer
     * the question, is the broker's: every row would fail alike, so the relay backs off as a whole and no
     * row is charged.
     *
     * @return the rows to defer, or null if any failure is the broker's
     */
    private List<OutboxClaim.RowFailure> blame(List<Failed> failures) {
        Map<String, Boolean> missing = new HashMap<>();
        List<OutboxClaim.RowFailure> own = new ArrayList<>(failures.size());
        for (Failed failed : failures) {
            Blame blame = blame(failed.failure());
            String error = OutboxRelay.describe(failed.failure());
            if (blame == Blame.ASK) {
                String topic = failed.row().topic();
                Boolean gone = missing.computeIfAbsent(topic, t -> sender.topicExists(t).map(exists -> !exists).orElse(null));
                if (gone == null || !gone) {
                    return null;
                }
                error = "topic " + topic + " does not exist (" + error + ")";
            } else if (blame == Blame.BROKER) {
                return null;
            }
            own.add(new OutboxClaim.RowFailure(failed.row(), error.length() > 500 ? error.substring(0, 500) : error));
        }
        return own;
    }

    enum Blame { ROW, ASK, BROKER }

    /** The record's own failures (refused for good), those that might be (missing topic or a broker away), the rest. */
    static Blame blame(Throwable failure) {
        Blame blame = Blame.BROKER;
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof UnsendableRowException || e instanceof RecordTooLargeException
                    || e instanceof RecordBatchTooLargeException || e instanceof InvalidTopicException
                    || e instanceof TopicAuthorizationException || e instanceof SerializationException
                    || e instanceof InvalidRecordException) {
                return Blame.ROW;
            }
            if (e instanceof UnknownTopicOrPartitionException || e instanceof TimeoutException) {
                blame = Blame.ASK;
            }
        }
        return blame;
    }

    /** A row whose Kafka record could not be built from it (its headers are not a JSON object of strings). */
    static final class UnsendableRowException extends RuntimeException {
        UnsendableRowException(RuntimeException cause) {
            super("the row's record cannot be built: " + OutboxRelay.describe(cause), cause);
        }
    }

    /**
     * A batch ended early because some of its rows failed for reasons of their own and were deferred: the
     * batches after it roll back (their rows go again after the deferred ones, never reordered), and the
     * pass is followed by another at once.
     */
    static final class RowsDeferredException extends OutboxRelay.RelayFailedException {
        RowsDeferredException(Exception cause) {
            super(cause);
        }
    }

    /**
     * The turns of one {@link #relayBacklog}: batches numbered 0, 1, 2… claim one after another, hand
     * their rows over one after another, and give their verdicts (all acknowledged, or a send failed)
     * one after another. The rows of batches claimed and not yet through their send turn are "locked"
     * (the next claims pass them over); the rows handed over by batches not yet finished are "sending"
     * (the held-back check counts them as this relay's). Once a batch fails, nothing after it claims or
     * hands over, and the batches after it that have already claimed roll back instead of marking.
     */
    static final class Turns {
        private final BooleanSupplier more;
        private final Set<Long> locked = new HashSet<>();
        private final Set<Long> sending = new HashSet<>();
        private int claimTurn;
        private int sendTurn;
        private int verdictTurn;
        private boolean stopClaiming;
        private int failedAt = Integer.MAX_VALUE;
        private Exception failure;
        private long published;

        Turns(BooleanSupplier more) {
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

        /** The rows a claim passes over: locked by this relay's earlier batches, or handed over and not yet finished. */
        synchronized Long[] passOver() {
            Set<Long> held = new HashSet<>(locked);
            held.addAll(sending);
            return held.toArray(new Long[0]);
        }

        /** The rows this relay's earlier batches have handed over and not yet finished with. */
        synchronized Long[] sending() {
            return sending.toArray(new Long[0]);
        }

        /** {@code batch} has locked {@code rows}: the next batch's turn to claim. */
        synchronized void claimed(int batch, List<Long> rows, boolean lastOfBacklog) {
            locked.addAll(rows);
            if (lastOfBacklog) {
                stopClaiming = true;
            }
            claimTurn = Math.max(claimTurn, batch + 1);
            notifyAll();
        }

        /**
         * Waits until the batches before {@code batch} have handed their rows over.
         *
         * @return false if one of them failed: {@code batch} hands nothing over and rolls back
         */
        synchronized boolean awaitSendTurn(int batch) {
            while (sendTurn != batch && failedAt >= batch) {
                if (!waitInterruptibly(batch)) {
                    return false;
                }
            }
            return failedAt >= batch;
        }

        /**
         * {@code batch} is through its send turn, having handed {@code handedOver} (some of its
         * locked {@code rows}) over: the next batch's turn to send.
         */
        synchronized void sent(int batch, List<Long> rows, List<Long> handedOver) {
            rows.forEach(locked::remove);
            sending.addAll(handedOver);
            sendTurn = Math.max(sendTurn, batch + 1);
            notifyAll();
        }

        /**
         * {@code batch} has its acks: waits for the earlier batches' verdicts, then gives its own
         * ({@code sendFailure}, or null if every row was acknowledged).
         *
         * @return whether {@code batch} may mark: false if an earlier batch failed (or this one failed
         * before it sent anything); a batch whose send failed still marks what was acknowledged before it
         */
        synchronized boolean acknowledged(int batch, OutboxRelay.RelayFailedException sendFailure) {
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
         * {@code batch} has committed or rolled back: its rows are no longer locked or sending. A batch that
         * ends without a verdict (an error thrown past the relay) counts as failed, so the batches
         * after it do not wait for it.
         */
        synchronized void finished(int batch, List<Long> rows) {
            rows.forEach(locked::remove);
            rows.forEach(sending::remove);
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

        /** Whether the pass ended early only because rows were deferred (see {@link RowsDeferredException}). */
        synchronized boolean deferred() {
            return failure instanceof RowsDeferredException;
        }

        /** The rows published, or the first failure (rows deferred are not one). */
        synchronized long outcome() throws SQLException {
            if (failure instanceof RowsDeferredException) {
                return published;
            }
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
}
