package nova.testsupport;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A context's own database, reached with its own login role, as a fixture: count rows, run a statement,
 * wait until a count is reached. The databases are shared by every test and every run: tests isolate
 * themselves by unique ids and names, never by emptying tables.
 */
public final class Database {

    private final String context;
    private final PGSimpleDataSource dataSource = new PGSimpleDataSource();

    private Database(String context) {
        this.context = context;
        dataSource.setServerNames(new String[] {Local.dbHost()});
        dataSource.setPortNumbers(new int[] {Local.dbPort()});
        dataSource.setDatabaseName("nova_" + context);
        dataSource.setUser("nova_" + context);
        dataSource.setPassword(Local.dbPassword(context));
        dataSource.setApplicationName("nova-tests-" + context);
    }

    /** {@code nova_<context>} as its own role. */
    public static Database of(String context) {
        return new Database(context);
    }

    public String context() {
        return context;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The single number {@code sql} answers, e.g. a {@code count(*)}; a {@code String[]} argument is a text array. */
    public long count(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(c, s, args);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Runs one statement (DDL, or a change with arguments); the rows it changed. */
    public int execute(String sql, Object... args) {
        try (Connection c = dataSource.getConnection()) {
            if (args.length == 0) {
                try (Statement s = c.createStatement()) {
                    s.execute(sql);
                    return s.getUpdateCount();
                }
            }
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(c, s, args);
                return s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Waits until {@code sql} counts {@code expected}, and stays there no shorter than one poll. */
    public void awaitCount(long expected, Duration within, String sql, Object... args) {
        await().atMost(within).pollInterval(Duration.ofMillis(200)).until(() -> count(sql, args) == expected);
    }

    private static void bind(Connection c, PreparedStatement s, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i] instanceof String[] texts ? c.createArrayOf("text", texts) : args[i]);
        }
    }
}
