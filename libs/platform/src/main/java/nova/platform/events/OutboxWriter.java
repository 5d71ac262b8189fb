package nova.platform.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Writes outbox rows on the caller's connection, so they commit or roll back with the caller's
 * change. The only way anything reaches Kafka is a row written here and sent by {@link OutboxRelay}.
 */
public final class OutboxWriter {

    private static final String INSERT = """
            INSERT INTO outbox_events (id, topic, aggregate_type, aggregate_id, type, payload, headers)
            VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)""";

    private OutboxWriter() {
    }

    public static void write(Connection connection, OutboxEntry entry) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bind(insert, entry);
            insert.executeUpdate();
        }
    }

    /** Many rows in one round trip; they keep the order given. */
    public static void writeAll(Connection connection, Iterable<OutboxEntry> entries) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (OutboxEntry entry : entries) {
                bind(insert, entry);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void bind(PreparedStatement insert, OutboxEntry entry) throws SQLException {
        insert.setObject(1, entry.id());
        insert.setString(2, entry.topic());
        insert.setString(3, entry.aggregateType());
        insert.setString(4, entry.aggregateId());
        insert.setString(5, entry.type());
        insert.setString(6, entry.payload().toString());
        insert.setString(7, entry.headers().toString());
    }
}
