package nova.platform.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * The relay's wake-up call: a connection that LISTENs on {@code nova_outbox}, notified by a trigger
 * when a transaction that wrote outbox rows commits. Where the driver's notification API is not
 * reachable it degrades to the slow poll alone (and says so once).
 */
abstract class Notifications implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Notifications.class.getName());
    static final String CHANNEL = "nova_outbox";

    /** Returns at the first notification, or after {@code timeout}. */
    abstract void await(Duration timeout) throws SQLException;

    @Override
    public abstract void close();

    static Notifications listen(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        PGConnection pg;
        try {
            pg = connection.unwrap(PGConnection.class);
        } catch (SQLException | LinkageError e) {
            closeQuietly(connection);
            LOG.log(Level.WARNING, "PostgreSQL notifications unavailable ({0}); the outbox relay polls only",
                    e.toString());
            return new Polling();
        }
        try (Statement s = connection.createStatement()) {
            connection.setAutoCommit(true);
            s.execute("LISTEN " + CHANNEL);
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
        void await(Duration timeout) throws SQLException {
            // drains everything queued meanwhile; returns at once if a commit happened while relaying
            pg.getNotifications((int) Math.max(1, timeout.toMillis()));
        }

        @Override
        public void close() {
            closeQuietly(connection);
        }
    }

    private static final class Polling extends Notifications {
        private final Object lock = new Object();
        private boolean closed;

        @Override
        void await(Duration timeout) {
            synchronized (lock) {
                if (!closed) {
                    try {
                        lock.wait(timeout.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
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
