package nova.identity.throttle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nova.platform.persistence.ContextDatabase;

/**
 * The {@code login_failures} table. Each statement is its own transaction when no JTA transaction is
 * active (the throttle calls it so), and joins the caller's otherwise.
 */
@ApplicationScoped
public class LoginFailureStore {

    @Inject
    ContextDatabase database;

    /** The current windows of these keys; a key with no row has no failures. */
    public Map<LoginKey, FailureWindow> windowsOf(Collection<LoginKey> keys) throws SQLException {
        Map<LoginKey, FailureWindow> found = new HashMap<>();
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT failures, window_started_at FROM login_failures WHERE kind = ? AND key = ?")) {
            for (LoginKey key : keys) {
                query.setString(1, key.kind().column());
                query.setBytes(2, key.hash());
                try (ResultSet rs = query.executeQuery()) {
                    if (rs.next()) {
                        found.put(key, new FailureWindow(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant()));
                    }
                }
            }
        }
        return found;
    }

    /**
     * Counts one failure at {@code now} against each key, atomically ({@link FailureWindow#afterFailureAt} in
     * SQL: a window that has ended begins again at 1). Keys are written in the order given: callers give the
     * name before the address, so two transactions never wait for each other in a circle.
     */
    public void recordFailure(List<LoginKey> keys, Instant now) throws SQLException {
        OffsetDateTime at = utc(now);
        OffsetDateTime ended = utc(now.minus(FailureWindow.LENGTH));
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement upsert = connection.prepareStatement("""
                     INSERT INTO login_failures AS f (kind, key, failures, window_started_at) VALUES (?, ?, 1, ?)
                     ON CONFLICT (kind, key) DO UPDATE SET
                         failures = CASE WHEN f.window_started_at <= ? THEN 1 ELSE f.failures + 1 END,
                         window_started_at = CASE WHEN f.window_started_at <= ? THEN EXCLUDED.window_started_at
                                                  ELSE f.window_started_at END""")) {
            for (LoginKey key : keys) {
                upsert.setString(1, key.kind().column());
                upsert.setBytes(2, key.hash());
                upsert.setObject(3, at);
                upsert.setObject(4, ended);
                upsert.setObject(5, ended);
                upsert.executeUpdate();
            }
        }
    }

    /** Forgets the failures counted against these keys. */
    public void clear(Collection<LoginKey> keys) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM login_failures WHERE kind = ? AND key = ?")) {
            for (LoginKey key : keys) {
                delete.setString(1, key.kind().column());
                delete.setBytes(2, key.hash());
                delete.executeUpdate();
            }
        }
    }

    /** Deletes the rows whose window ended before {@code now}; returns how many. */
    public int deleteEndedWindows(Instant now) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM login_failures WHERE window_started_at <= ?")) {
            delete.setObject(1, utc(now.minus(FailureWindow.LENGTH)));
            return delete.executeUpdate();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
