package nova.platform.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/** An {@link Inbox} on plain JDBC transactions, for consumers that run outside a Jakarta EE container. */
public final class JdbcInbox implements Inbox {

    private final DataSource dataSource;

    public JdbcInbox(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean once(String consumer, UUID eventId, Effect effect) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!Inbox.claim(connection, consumer, eventId)) {
                    connection.rollback();
                    return false;
                }
                effect.apply(connection);
                connection.commit();
                return true;
            } catch (Exception e) {
                rollback(connection);
                throw e;
            }
        }
    }

    @Override
    public void deadLetter(OutboxEntry deadLetter) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            OutboxWriter.write(connection, deadLetter);
        }
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is gone, and with it the transaction
        }
    }
}
