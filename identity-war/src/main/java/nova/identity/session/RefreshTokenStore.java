package nova.identity.session;

import static nova.identity.session.SessionStore.instant;
import static nova.identity.session.SessionStore.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nova.platform.persistence.ContextDatabase;

/** The {@code refresh_tokens} table, on connections of the caller's JTA transaction. */
@ApplicationScoped
public class RefreshTokenStore {

    @Inject
    ContextDatabase database;

    public void insert(StoredRefreshToken token) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO refresh_tokens (token_hash, session_id, family_id, user_id, issued_at, expires_at)
                     VALUES (?, ?, ?, ?, ?, ?)""")) {
            insert.setBytes(1, token.tokenHash());
            insert.setObject(2, token.sessionId());
            insert.setObject(3, token.familyId());
            insert.setObject(4, token.userId());
            insert.setObject(5, utc(token.issuedAt()));
            insert.setObject(6, utc(token.expiresAt()));
            insert.executeUpdate();
        }
    }

    /**
     * The token with this hash, locked until the transaction ends: two refreshes with one token
     * take turns, and the second sees the first one's spend.
     */
    public Optional<StoredRefreshToken> findForUpdate(byte[] tokenHash) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT token_hash, session_id, family_id, user_id, issued_at, expires_at, used_at, revoked_at
                     FROM refresh_tokens WHERE token_hash = ? FOR UPDATE""")) {
            query.setBytes(1, tokenHash);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredRefreshToken(rs.getBytes(1), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), instant(rs, 5), instant(rs, 6),
                        instant(rs, 7), instant(rs, 8)));
            }
        }
    }

    /** Spends the token; false if it was spent meanwhile. */
    public boolean markUsed(byte[] tokenHash, Instant now) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND revoked_at IS NULL")) {
            update.setObject(1, utc(now));
            update.setBytes(2, tokenHash);
            return update.executeUpdate() == 1;
        }
    }

    /** Revokes every token of the family that is not revoked yet; returns how many. */
    public int revokeFamily(UUID familyId, Instant now) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL")) {
            update.setObject(1, utc(now));
            update.setObject(2, familyId);
            return update.executeUpdate();
        }
    }

    /** Revokes every token of the session that is not revoked yet; returns how many. */
    public int revokeSession(UUID sessionId, Instant now) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE refresh_tokens SET revoked_at = ? WHERE session_id = ? AND revoked_at IS NULL")) {
            update.setObject(1, utc(now));
            update.setObject(2, sessionId);
            return update.executeUpdate();
        }
    }
}
