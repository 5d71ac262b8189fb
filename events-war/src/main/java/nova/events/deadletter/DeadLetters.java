package nova.events.deadletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nova.platform.events.CloudEvent;
import nova.platform.events.OutboxEntry;
import nova.platform.events.Outbox;
import nova.events.infra.JsonText;
import nova.platform.persistence.ContextDatabase;

/**
 * The dead-letter store: list, inspect, replay, discard. A replay sends the original event, with
 * its original id, back to its topic through this context's outbox, in the same transaction that
 * marks the letter replayed: consumers that had processed it skip it (inbox), the one that failed
 * applies it.
 */
@ApplicationScoped
public class DeadLetters {

    private static final String COLUMNS = """
            id, event_id, event_type, consumer, reported_by, topic, partition, "offset", record_key, attempts, error,
            event::text, raw, status, failed_at, recorded_at, resolved_at, resolved_by""";

    @Inject
    ContextDatabase database;

    @Inject
    Outbox outbox;

    public List<DeadLetter> list(String status, String consumer, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM dead_letter_queue WHERE true");
        List<Object> args = new ArrayList<>();
        if (status != null) {
            sql.append(" AND status = ?");
            args.add(status);
        }
        if (consumer != null) {
            sql.append(" AND consumer = ?");
            args.add(consumer);
        }
        sql.append(" ORDER BY recorded_at DESC, id LIMIT ?");
        args.add(limit);
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                query.setObject(i + 1, args.get(i));
            }
            List<DeadLetter> letters = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    letters.add(read(rs));
                }
            }
            return letters;
        }
    }

    public Optional<DeadLetter> find(UUID id) throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            return find(connection, id);
        }
    }

    /** Sends the event back to its topic. Only a pending letter of a readable event can be replayed. */
    @Transactional(rollbackOn = Exception.class)
    public DeadLetter replay(UUID id, String operator) throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            DeadLetter letter = find(connection, id).orElseThrow(() -> notFound(id));
            JsonObject event = letter.event() != null ? letter.event() : readableNow(letter.raw());
            if (event == null) {
                throw new ClientErrorException("dead letter " + id + " holds no readable event; it can only be discarded", 409);
            }
            String key = letter.key() != null ? letter.key() : event.getString("subject");
            outbox.write(new OutboxEntry(UUID.randomUUID(), letter.topic(), "replay", key, event.getString("type"), event,
                    event.getString("traceparent", null)));
            // decided here, under the row lock: a concurrent replay or discard makes this one fail and roll back,
            // taking its outbox row with it
            resolve(connection, id, "replayed", operator);
            return find(connection, id).orElseThrow();
        }
    }

    /**
     * A record that was unreadable when it was dead-lettered may read now: the fix that makes it readable (a
     * consumer's envelope parser that refused a valid type, say) is exactly what a replay waits for.
     */
    static JsonObject readableNow(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return CloudEvent.parse(raw).toJsonObject();
        } catch (RuntimeException stillUnreadable) {
            return null;
        }
    }

    /** Sets a pending letter aside for good; it stays listed with status {@code discarded}. */
    @Transactional(rollbackOn = Exception.class)
    public void discard(UUID id, String operator) throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            DeadLetter letter = find(connection, id).orElseThrow(() -> notFound(id));
            if (!letter.status().equals("discarded")) {
                resolve(connection, id, "discarded", operator);
            }
        }
    }

    private static void resolve(Connection connection, UUID id, String status, String operator) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE dead_letter_queue SET status = ?, resolved_at = clock_timestamp(), resolved_by = ?
                WHERE id = ? AND status = 'pending'""")) {
            update.setString(1, status);
            update.setString(2, operator);
            update.setObject(3, id);
            if (update.executeUpdate() == 0) {
                throw new ClientErrorException("dead letter " + id + " is no longer pending", 409);
            }
        }
    }

    private static Optional<DeadLetter> find(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM dead_letter_queue WHERE id = ?")) {
            query.setObject(1, id);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("no dead letter " + id);
    }

    private static DeadLetter read(ResultSet rs) throws SQLException {
        String event = rs.getString(12);
        return new DeadLetter(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getLong(8), rs.getString(9),
                rs.getInt(10), rs.getString(11), event == null ? null : JsonText.object(event), rs.getString(13), rs.getString(14),
                instant(rs.getTimestamp(15)), instant(rs.getTimestamp(16)), instant(rs.getTimestamp(17)),
                rs.getString(18));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

}
