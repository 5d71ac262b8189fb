package nova.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nova.platform.persistence.ContextDatabase;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deny-list of revoked sessions on this server: {@link AccessTokenChecks} refuses any access
 * token whose {@code sid} is on it. Fed by {@link RevocationIntake} (the {@code identity.session.revoked}
 * events, and identity's own revoking transactions) through the context's {@code revoked_sessions}
 * table, which survives restarts and is shared by a context's replicas; this server keeps a copy in
 * memory and re-reads what is new at most every {@code nova.revocations.refresh-interval} (2 s).
 * <p>
 * A session stays listed for {@code nova.revocations.retention} (20 min) after its revocation: longer
 * than an access token lives (15 min) plus the clock skew every server allows (60 s).
 * <p>
 * On a server without a database (the gateway) nothing is revoked here: it verifies no tokens.
 */
@ApplicationScoped
public class RevokedSessions {

    @Inject
    ContextDatabase database;

    @Inject
    @ConfigProperty(name = "nova.revocations.retention", defaultValue = "PT20M")
    Duration retention;

    @Inject
    @ConfigProperty(name = "nova.revocations.refresh-interval", defaultValue = "PT2S")
    Duration refreshInterval;

    private RevocationCache cache;

    @PostConstruct
    void create() {
        cache = new RevocationCache(new Table(), refreshInterval, Duration.ofMinutes(1), Duration.ofMinutes(10));
    }

    /** Whether access tokens of this session must be refused. */
    public boolean isRevoked(UUID sessionId) {
        return database.isConfigured() && cache.isRevoked(sessionId, Instant.now());
    }

    // public, not package-private, though only RevocationIntake calls them: called through the CDI client proxy

    /** Until when a session revoked at {@code revokedAt} stays listed. */
    public Instant expiryOf(Instant revokedAt) {
        return revokedAt.plus(retention);
    }

    /** Lists the session on this server at once (the row is written by the caller). */
    public void remember(UUID sessionId, Instant revokedAt) {
        cache.remember(sessionId, expiryOf(revokedAt));
    }

    /** Writes the row on {@code connection}, in its transaction; a row already there is left as it is. */
    public void insert(Connection connection, UUID sessionId, Instant revokedAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO revoked_sessions (session_id, revoked_at, expires_at) VALUES (?, ?, ?)
                ON CONFLICT (session_id) DO NOTHING""")) {
            insert.setObject(1, sessionId);
            insert.setObject(2, OffsetDateTime.ofInstant(revokedAt, ZoneOffset.UTC));
            insert.setObject(3, OffsetDateTime.ofInstant(expiryOf(revokedAt), ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    /** The context's {@code revoked_sessions} table, read outside any transaction. */
    private final class Table implements RevocationCache.Store {

        @Override
        public List<RevocationCache.Revocation> recordedAfter(Instant after) throws SQLException {
            String sql = after == null
                    ? "SELECT session_id, expires_at, recorded_at FROM revoked_sessions WHERE expires_at > now()"
                    : "SELECT session_id, expires_at, recorded_at FROM revoked_sessions WHERE recorded_at > ? AND expires_at > now()";
            try (Connection connection = database.dataSource().getConnection();
                 PreparedStatement query = connection.prepareStatement(sql)) {
                if (after != null) {
                    query.setObject(1, OffsetDateTime.ofInstant(after, ZoneOffset.UTC));
                }
                List<RevocationCache.Revocation> rows = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new RevocationCache.Revocation(rs.getObject(1, UUID.class),
                                rs.getObject(2, OffsetDateTime.class).toInstant(),
                                rs.getObject(3, OffsetDateTime.class).toInstant()));
                    }
                }
                return rows;
            }
        }

        @Override
        public int deleteExpired() throws SQLException {
            try (Connection connection = database.dataSource().getConnection();
                 PreparedStatement delete = connection.prepareStatement(
                         "DELETE FROM revoked_sessions WHERE expires_at < now()")) {
                return delete.executeUpdate();
            }
        }
    }
}
