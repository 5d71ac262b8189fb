package nova.platform.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Where a consumer's effects commit: each event's effect in one transaction with its
 * {@code processed_events (consumer, event_id)} row, so a redelivered event has no second effect;
 * and where dead letters are stored (the outbox, so they reach {@code nova.deadletter} by the relay).
 */
public interface Inbox {

    /**
     * Applies {@code effect} unless {@code consumer} already processed {@code eventId}.
     *
     * @return false if it had been processed before (nothing was done)
     * @throws Exception from the effect; nothing of it was committed
     */
    boolean once(String consumer, UUID eventId, Effect effect) throws Exception;

    /** Stores a dead letter durably; it is published by the relay. */
    void deadLetter(OutboxEntry deadLetter) throws Exception;

    /** A consumer's effect, given the connection of the transaction it runs in. */
    @FunctionalInterface
    interface Effect {
        void apply(Connection transaction) throws Exception;
    }

    /**
     * Claims {@code (consumer, eventId)} on {@code connection}'s transaction. A concurrent claim
     * of the same event waits for this transaction and then finds the row.
     *
     * @return false if the event was already processed
     */
    static boolean claim(Connection connection, String consumer, UUID eventId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO processed_events (consumer, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, consumer);
            insert.setObject(2, eventId);
            return insert.executeUpdate() == 1;
        }
    }
}
