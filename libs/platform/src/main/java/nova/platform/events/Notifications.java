package nova.platform.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The relay's wake-up call: a connection that LISTENs on {@code nova_outbox}, notified by a trigger
 * when a transaction that wrote outbox rows commits. Where the driver's notification API is not
 * reachable it degrades to the slow poll alone (and says so once). The scheduling package's
 * {@code WorkSignals} listens the same way on its own channel.
 */
public abstract class Notifications implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Notifications.class.getName());
    static final String CHANNEL = "nova_outbox";

    /** Returns at the first notification, or after {@code timeout}: the payloads of those received (none on timeout). */
    public abstract List<String> await(Duration timeout) throws SQLException;

    @Override
    public abstract void close();

    static Notifications listen(DataSource dataSource) throws SQLException {
        return listen(dataSource, CHANNEL);
    }

    /** A connection of {@code dataSource} LISTENing on {@code channel} (an SQL identifier), held until closed. */
    public static Notifications listen(DataSource dataSource, String channel) throws SQLException {
        Connection connection = dataSource.getConnection();
        PGConnection pg;
        try {
            pg = connection.unwrap(PGConnection.class);
        } catch (SQLException | LinkageError e) {
            closeQuietly(connection);
            LOG.log(Level.WARNING, "PostgreSQL notifications unavailable ({0}); {1} is polled only",
                    new Object[] {e.toString(), channel});
            return new Polling();
        }
        try (Statement s = connection.createStatement()) {
            connection.setAutoCommit(true);
            s.execute("LISTEN " + channel);
            return new Listening(connection, pg);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already broken
        }
    }

    private static final class Listening extends Notifications {
        private final Connection connection;
        private final PGConnection pg;

        Listening(Connection connection, PGConnection pg) {
            this.connection = connection;
            this.pg = pg;
        }

        @Override
        public List<String> await(Duration timeout) throws SQLException {
            // drains everything queued meanwhile; returns at once if a commit happened while relaying
            PGNotification[] received = pg.getNotifications((int) Math.max(1, timeout.toMillis()));
            List<String> payloads = new ArrayList<>();
            if (received != null) {
                for (PGNotification notification : received) {
                    payloads.add(notification.getParameter());
                }
            }
            return payloads;
        }

        /**
         * Aborts the connection rather than handing it back to the pool: closing a pooled handle neither wakes a
         * thread blocked in {@link #await} (a server's stop waited out the relay's 10 s join, then the data source's
         * teardown) nor ends the LISTEN, so the pool would keep a connection collecting notifications nobody reads.
         * Aborting closes the socket: a blocked {@code await} throws at once, and the pool discards the connection.
         */
        @Override
        public void close() {
            try {
                connection.abort(Runnable::run);
            } catch (SQLException | RuntimeException | LinkageError e) {
                LOG.log(Level.FINE, "abort refused ({0}); closing the LISTEN connection", e.toString());
            }
            closeQuietly(connection);
        }
    }

    private static final class Polling extends Notifications {
        private final Object lock = new Object();
        private boolean closed;

        @Override
        public List<String> await(Duration timeout) {
            synchronized (lock) {
                if (!closed) {
                    try {
                        lock.wait(timeout.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
            return List.of();
        }

        @Override
        public void close() {
            synchronized (lock) {
                closed = true;
                lock.notifyAll();
            }
        }
    }
}
