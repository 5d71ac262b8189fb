package nova.identity.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nova.platform.persistence.ContextDatabase;

/** The {@code sessions} table, on connections of the caller's JTA transaction. */
@ApplicationScoped
public class SessionStore {

    @Inject
    ContextDatabase database;

    public void insert(Session session) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO sessions (id, user_id, created_at, last_used_at, user_agent, ip)
                     VALUES (?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, session.id());
            insert.setObject(2, session.userId());
            insert.setObject(3, utc(session.createdAt()));
            insert.setObject(4, utc(session.lastUsedAt()));
            insert.setString(5, session.origin().userAgent());
            insert.setString(6, session.origin().ip());
            insert.executeUpdate();
        }
    }

    private static final String COLUMNS = "id, user_id, created_at, last_used_at, user_agent, ip, revoked_at";

    public Optional<Session> find(UUID id) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM sessions WHERE id = ?")) {
            query.setObject(1, id);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(session(rs)) : Optional.empty();
            }
        }
    }

    /** The user's sessions that are not revoked and were used since {@code usedSince}, most recently used first. */
    public List<Session> unrevokedOf(UUID userId, Instant usedSince) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + """
                      FROM sessions WHERE user_id = ? AND revoked_at IS NULL AND last_used_at > ?
                     ORDER BY last_used_at DESC, created_at DESC""")) {
            query.setObject(1, userId);
            query.setObject(2, utc(usedSince));
            List<Session> found = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    found.add(session(rs));
                }
            }
            return found;
        }
    }

    private static Session session(ResultSet rs) throws SQLException {
        return new Session(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), instant(rs, 3), instant(rs, 4),
                new ClientOrigin(rs.getString(6), rs.getString(5)), instant(rs, 7));
    }

    public void touch(UUID id, Instant now) throws SQLException {
        update("UPDATE sessions SET last_used_at = ? WHERE id = ?", id, now);
    }

    /** Revokes the session; false if it was revoked already (by this transaction or another). */
    public boolean revoke(UUID id, Instant now) throws SQLException {
        return update("UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", id, now) == 1;
    }

    private int update(String sql, UUID id, Instant now) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, utc(now));
            update.setObject(2, id);
            return update.executeUpdate();
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
