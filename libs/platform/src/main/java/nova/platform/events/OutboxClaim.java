package nova.platform.events;

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
import java.util.PriorityQueue;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The relay's SQL: which pending rows a batch may send, marking the sent ones published, and the
 * retention and backlog queries. Each outbox_events row has a narrow outbox_pending row (seq,
 * aggregate, failed attempts), written by a trigger in the same transaction; a row is published
 * exactly when its pending row is gone, and outbox_events is never updated (perf/event-backbone/HISTORY.md
 * says what stamping it cost).
 * <ul>
 * <li>A batch is claimed with {@code FOR UPDATE SKIP LOCKED}: two replicas never send the same row
 * at once. A claimed row whose aggregate has an earlier unpublished row that someone else holds is
 * kept back, so one aggregate's events reach Kafka in order even with several replicas.</li>
 * <li>Every unpublished row is eligible, whatever its number: a transaction that commits after a
 * later-numbered one is never skipped (there is no high-water mark to skip it); except a row that
 * failed for a reason of its own, which is not claimed before its {@code next_attempt_at} (parked:
 * 'infinity'). It is still unpublished, so the held-back check keeps the later rows of its aggregate
 * back while the rows of other aggregates go ({@link OutboxRelay.RowRetry}, platform migration V7).</li>
 * </ul>
 */
final class OutboxClaim {

    private static final Logger LOG = Logger.getLogger(OutboxClaim.class.getName());

    /*
     * A batch is claimed in two steps of one transaction. First the oldest pending rows nobody else
     * holds, locked in one pass in index order, each joined to its event by one look in the primary
     * key (a join left to the planner read every event since the first from the start of the index);
     * the rows this relay's earlier batches hold are passed over before their locks are tried
     * (the first parameter). Then HELD_BACK, on numbers only, in the batch's turn to send (after the
     * batch before it has handed its rows over): is any unpublished row below the claim's highest
     * number neither claimed nor handed over by this relay (held by another replica, held back by an
     * earlier batch, or committed late with a lower number)? Usually not, and one look along the
     * index says so: it looks below the unbroken run of numbers this relay holds up to the claim's
     * highest ({@link #unbrokenFrom}), as no one else's row can be inside that run.
     * When there is, each claimed aggregate's first such row is found by walking that aggregate's
     * unpublished rows from the oldest unpublished number, and the aggregate's claimed rows from
     * there on are kept back: locked, not sent. HELD_BACK's snapshot is newer than the claim's, so it
     * can only find more rows to wait for, never fewer. Either way a batch costs the same whatever
     * the backlog.
     */
    private static final String CLAIM = """
            SELECT p.seq, e.topic, e.aggregate_id, e.payload::text, e.headers::text, e.created_at, p.ctid::text, e.ctid::text
            FROM (SELECT seq, ctid FROM outbox_pending
                  WHERE seq NOT IN (SELECT unnest(?::bigint[]))
                    AND (next_attempt_at IS NULL OR next_attempt_at <= clock_timestamp())
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
    /*
     * A row that failed for a reason of its own: one more attempt, its next one after a gap that doubles
     * with each (first, 2·first, 4·first… up to max), parked ('infinity') at the bound. Per row, as such
     * failures are rare and each has its own error.
     */
    private static final String DEFER = """
            UPDATE outbox_pending SET attempts = attempts + 1, last_error = ?,
                next_attempt_at = CASE WHEN attempts + 1 >= ? THEN 'infinity'::timestamptz
                    ELSE clock_timestamp() + least(? * power(2, least(attempts, 40)), ?) * interval '1 millisecond' END,
                parked_at = CASE WHEN attempts + 1 >= ? THEN clock_timestamp() END
            WHERE ctid = ?::tid
            RETURNING attempts, parked_at IS NOT NULL,
                CASE WHEN parked_at IS NULL THEN ceil(extract(epoch FROM next_attempt_at - clock_timestamp()) * 1000)::bigint END""";
    private static final String RESEND_PARKED = """
            UPDATE outbox_pending SET attempts = 0, next_attempt_at = NULL, parked_at = NULL
            WHERE parked_at IS NOT NULL AND (? OR seq = ANY(?))""";
    private static final String PARKED = """
            SELECT p.seq, e.topic, p.attempts, p.parked_at, p.last_error
            FROM outbox_pending p LEFT JOIN outbox_events e ON e.seq = p.seq
            WHERE p.parked_at IS NOT NULL ORDER BY p.seq LIMIT ?""";

    private final DataSource dataSource;
    private final int batchSize;
    private final boolean deleteWhenPublished;
    private final OutboxRelay.RowRetry rowRetry;
    /* When this relay's deferred rows are due again (DEFER's next_attempt_at, on this clock): the relay's wait ends then. */
    private final PriorityQueue<Instant> retriesDue = new PriorityQueue<>();

    OutboxClaim(DataSource dataSource, int batchSize, Duration retention, OutboxRelay.RowRetry rowRetry) {
        this.dataSource = dataSource;
        this.batchSize = batchSize;
        this.deleteWhenPublished = retention.isZero();
        this.rowRetry = rowRetry;
    }

    /** A row that failed for a reason of its own ({@link RelayPipeline}'s verdict): retried later on its own, or parked. */
    record RowFailure(PendingRow row, String error) {
    }

    /**
     * A batch's locked rows, in order, and where the claim's time went (nanoseconds): the query until
     * its result is in, reading the rows out of it.
     *
     * @param locked how many pending rows the claim locked (its rows, and any orphans it dropped)
     */
    record Claimed(List<PendingRow> rows, int locked, long query, long read) {
    }

    /**
     * Claims the oldest pending rows nobody else holds, in order, on {@code connection}'s
     * transaction: locked, each read with its event. Which of them may be sent yet is
     * {@link #withoutHeldBack}'s to say.
     *
     * @param passOver rows this relay's earlier batches hold: passed over before their locks are tried
     */
    Claimed claim(Connection connection, Long[] passOver) throws SQLException {
        long start = System.nanoTime();
        long queried;
        List<PendingRow> rows = new ArrayList<>(batchSize);
        List<String> orphans = new ArrayList<>();
        try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setArray(1, connection.createArrayOf("bigint", passOver));
            claim.setInt(2, batchSize);
            try (ResultSet rs = claim.executeQuery()) {
                queried = System.nanoTime();
                while (rs.next()) {
                    if (rs.getString(2) == null) {
                        orphans.add(rs.getString(7));
                        continue;
                    }
                    rows.add(new PendingRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4), rs.getString(5),
                            rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7), rs.getString(8)));
                }
            }
        }
        if (!orphans.isEmpty()) {
            LOG.log(Level.WARNING, "Outbox relay drops {0} pending rows whose outbox_events rows were deleted", orphans.size());
            execute(connection, DROP_ORPHANS, "text", orphans);
        }
        return new Claimed(rows, rows.size() + orphans.size(), queried - start, System.nanoTime() - queried);
    }

    /** Whether a claim of this many rows was a full batch (more may be waiting). */
    boolean full(int claimed) {
        return claimed >= batchSize;
    }

    /**
     * {@code rows} (claimed, in order) less those kept back for an earlier row of their aggregate that
     * is neither among them nor in {@code sending}.
     *
     * @param sending the rows this relay's earlier batches have handed over and not yet finished with
     */
    static List<PendingRow> withoutHeldBack(Connection connection, List<PendingRow> rows, Long[] sending)
            throws SQLException {
        if (rows.isEmpty()) {
            return rows;
        }
        Long[] mine = new Long[rows.size() + sending.length];
        Set<String> aggregates = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            mine[i] = rows.get(i).seq();
            aggregates.add(rows.get(i).key());
        }
        System.arraycopy(sending, 0, mine, rows.size(), sending.length);
        Map<String, Long> heldFrom = new HashMap<>();
        try (PreparedStatement check = connection.prepareStatement(HELD_BACK)) {
            check.setArray(1, connection.createArrayOf("bigint", mine));
            check.setLong(2, unbrokenFrom(mine, rows.get(rows.size() - 1).seq()));
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
        List<PendingRow> sendable = new ArrayList<>(rows.size());
        for (PendingRow row : rows) {
            Long from = heldFrom.get(row.key());
            if (from == null || row.seq() < from) {
                sendable.add(row);
            }
        }
        return sendable;
    }

    /**
     * The lowest number from which every number up to {@code highest} is one of {@code mine}. No row
     * of anyone else can have a number in that run, so HELD_BACK looks for others' rows only below it:
     * behind a backlog, below every row this relay holds instead of past each of them (PostgreSQL
     * visits each one's row for its visibility). What is left below is the index entries of the rows
     * the last batches deleted, which it still visits until no transaction older than those deletes
     * is open: 4–10 ms per 1,000 rows (perf/event-backbone/HISTORY.md).
     */
    static long unbrokenFrom(Long[] mine, long highest) {
        long[] sorted = new long[mine.length];
        for (int i = 0; i < mine.length; i++) {
            sorted[i] = mine[i];
        }
        java.util.Arrays.sort(sorted);
        int i = java.util.Arrays.binarySearch(sorted, highest);
        if (i < 0) {
            return highest;
        }
        while (i > 0 && (sorted[i - 1] == sorted[i] - 1 || sorted[i - 1] == sorted[i])) {
            i--;
        }
        return sorted[i];
    }

    /**
     * Marks {@code published} (their pending rows deleted; their events too if nothing is retained),
     * defers {@code failed} (each tried again after its own growing gap, or parked at the bound: see
     * {@link OutboxRelay.RowRetry}), and commits without waiting for the disk
     * ({@code synchronous_commit = off}, for this transaction only). That is safe: a database crash
     * can lose the last fraction of a second of such commits, and their rows are then unpublished
     * again and sent again after the restart. Their first copies reached Kafka before anything later
     * of their aggregates did, so the repeats are duplicates, which the consumers' inbox drops;
     * nothing is lost or reordered. The writers' commits stay synchronous.
     */
    void markAndCommit(Connection connection, List<PendingRow> published, List<RowFailure> failed) throws SQLException {
        if (published.isEmpty() && failed.isEmpty()) {
            connection.commit();
            return;
        }
        execute(connection, MARK_PUBLISHED, "text", published.stream().map(PendingRow::pending).toList());
        if (deleteWhenPublished) {
            execute(connection, DELETE_PUBLISHED, "text", published.stream().map(PendingRow::event).toList());
        }
        List<String> parked = new ArrayList<>();
        if (!failed.isEmpty()) {
            try (PreparedStatement defer = connection.prepareStatement(DEFER)) {
                for (RowFailure failure : failed) {
                    defer.setString(1, failure.error());
                    defer.setInt(2, rowRetry.parkAfter());
                    defer.setLong(3, rowRetry.first().toMillis());
                    defer.setLong(4, rowRetry.max().toMillis());
                    defer.setInt(5, rowRetry.parkAfter());
                    defer.setString(6, failure.row().pending());
                    try (ResultSet rs = defer.executeQuery()) {
                        if (!rs.next()) {
                            continue;
                        }
                        PendingRow row = failure.row();
                        int attempts = rs.getInt(1);
                        long dueInMillis = rs.getLong(3);
                        if (!rs.wasNull()) {
                            retryDue(Instant.now().plusMillis(Math.max(0, dueInMillis)));
                        }
                        if (rs.getBoolean(2)) {
                            parked.add(String.format("Outbox relay parked row seq %d (topic %s) after %d failed sends: %s."
                                    + " It is kept, not sent, and the later rows of its aggregate wait behind it;"
                                    + " send it again with OutboxRelay.resendParked or the SQL in README.md (Events)",
                                    row.seq(), row.topic(), attempts, failure.error()));
                        } else if (attempts == 1) {
                            LOG.log(Level.INFO, "Outbox row seq {0} (topic {1}) was not delivered: {2}; it is tried again"
                                    + " on its own, the gap doubling from {3} ms, and parked after {4} failed sends",
                                    new Object[] {String.valueOf(row.seq()), row.topic(), failure.error(),
                                            String.valueOf(rowRetry.first().toMillis()), rowRetry.parkAfter()});
                        } else {
                            LOG.log(Level.FINE, "Outbox row seq {0} failed again ({1} failed sends): {2}",
                                    new Object[] {row.seq(), attempts, failure.error()});
                        }
                    }
                }
            }
        }
        try (Statement s = connection.createStatement()) {
            s.execute("SET LOCAL synchronous_commit = off");
        }
        connection.commit();
        parked.forEach(line -> LOG.warning(line)); // once committed: said once per parking
    }

    private synchronized void retryDue(Instant due) {
        retriesDue.add(due);
    }

    /**
     * How long the relay may wait for a commit notification before one of the rows it deferred is due
     * again: {@code poll}, or less if a retry is due sooner; zero if one is due already (it is forgotten
     * then, as the claim that follows takes it). A retry deferred by another replica is that replica's;
     * one deferred before a restart is found by the poll.
     */
    synchronized Duration untilRetryDue(Duration poll) {
        Instant now = Instant.now();
        Instant next = retriesDue.peek();
        if (next == null) {
            return poll;
        }
        if (!next.isAfter(now)) {
            while (retriesDue.peek() != null && !retriesDue.peek().isAfter(now)) {
                retriesDue.poll();
            }
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, next);
        return left.compareTo(poll) < 0 ? left : poll;
    }

    /**
     * Sends parked rows again: their attempts start from zero and they are due at once.
     *
     * @param seqs the rows to send again, or empty for every parked row
     * @return how many were parked and are due again
     */
    int resendParked(List<Long> seqs) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement resend = connection.prepareStatement(RESEND_PARKED)) {
            resend.setBoolean(1, seqs.isEmpty());
            resend.setArray(2, connection.createArrayOf("bigint", seqs.toArray()));
            int due = resend.executeUpdate();
            if (due > 0) {
                try (Statement s = connection.createStatement()) {
                    s.execute("NOTIFY nova_outbox");
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            return due;
        }
    }

    /** The parked rows, oldest first, at most {@code limit}: what an operator looks at. */
    List<OutboxRelay.ParkedRow> parked(int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement list = connection.prepareStatement(PARKED)) {
            list.setInt(1, limit);
            List<OutboxRelay.ParkedRow> rows = new ArrayList<>();
            try (ResultSet rs = list.executeQuery()) {
                while (rs.next()) {
                    rows.add(new OutboxRelay.ParkedRow(rs.getLong(1), rs.getString(2), rs.getInt(3),
                            rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5)));
                }
            }
            return rows;
        }
    }

    private static void execute(Connection connection, String sql, String type, List<?> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            Array array = connection.createArrayOf(type, rows.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    /**
     * Deletes the published rows written before {@code cutoff}; returns how many. A row still to be
     * sent is kept however old it is: one that waited out a long broker outage goes at the first
     * clean-up after it is published.
     */
    int deletePublishedBefore(Instant cutoff) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("""
                     DELETE FROM outbox_events e WHERE e.created_at < ?
                     AND NOT EXISTS (SELECT 1 FROM outbox_pending p WHERE p.seq = e.seq)""")) {
            delete.setTimestamp(1, Timestamp.from(cutoff));
            return delete.executeUpdate();
        }
    }

    OutboxRelay.Backlog backlog() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT count(*), COALESCE(EXTRACT(EPOCH FROM clock_timestamp()
                         - (SELECT created_at FROM outbox_events WHERE seq = (SELECT min(seq) FROM outbox_pending))), 0),
                         (SELECT count(*) FROM outbox_pending WHERE parked_at IS NOT NULL)
                     FROM outbox_pending""")) {
            rs.next();
            return new OutboxRelay.Backlog(rs.getLong(1), Duration.ofNanos((long) (rs.getDouble(2) * 1e9)), rs.getLong(3));
        }
    }
}
