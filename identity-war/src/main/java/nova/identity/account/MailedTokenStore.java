package nova.identity.account;

import static nova.identity.account.CredentialStore.instant;
import static nova.identity.account.CredentialStore.utc;

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

/** The {@code emailed_tokens} table, on connections of the caller's JTA transaction. */
@ApplicationScoped
public class MailedTokenStore {

    private static final String COLUMNS = "token_hash, purpose, user_id, email, created_at, expires_at, used_at";

    @Inject
    ContextDatabase database;

    public void insert(StoredMailedToken token) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO emailed_tokens (" + COLUMNS
                     + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setBytes(1, token.tokenHash());
            insert.setString(2, token.purpose().column());
            insert.setObject(3, token.userId());
            insert.setString(4, token.email());
            insert.setObject(5, utc(token.createdAt()));
            insert.setObject(6, utc(token.expiresAt()));
            insert.setObject(7, utc(token.usedAt()));
            insert.executeUpdate();
        }
    }

    /** The token of this purpose with this hash, as it is now (no lock: to find whose it is before any work). */
    public Optional<StoredMailedToken> find(byte[] tokenHash, MailedToken.Purpose purpose) throws SQLException {
        return findOne("SELECT " + COLUMNS + " FROM emailed_tokens WHERE token_hash = ? AND purpose = ?", tokenHash,
                purpose);
    }

    /**
     * The token of this purpose with this hash, locked until the transaction ends: two requests spending one
     * token take turns, and the second sees the first one's spend.
     */
    public Optional<StoredMailedToken> findForUpdate(byte[] tokenHash, MailedToken.Purpose purpose) throws SQLException {
        return findOne("SELECT " + COLUMNS + " FROM emailed_tokens WHERE token_hash = ? AND purpose = ? FOR UPDATE",
                tokenHash, purpose);
    }

    /** How many tokens of this purpose were issued to the account since {@code since}. */
    public int countIssuedSince(UUID userId, MailedToken.Purpose purpose, Instant since) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT count(*) FROM emailed_tokens WHERE user_id = ? AND purpose = ? AND created_at > ?")) {
            query.setObject(1, userId);
            query.setString(2, purpose.column());
            query.setObject(3, utc(since));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Spends every unspent token of this purpose of the account (the one just used among them); returns how many. */
    public int spendAll(UUID userId, MailedToken.Purpose purpose, Instant now) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE emailed_tokens SET used_at = ? WHERE user_id = ? AND purpose = ? AND used_at IS NULL")) {
            update.setObject(1, utc(now));
            update.setObject(2, userId);
            update.setString(3, purpose.column());
            return update.executeUpdate();
        }
    }

    /** Deletes tokens that expired before {@code before}; returns how many. */
    public int deleteExpiredBefore(Instant before) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM emailed_tokens WHERE expires_at < ?")) {
            delete.setObject(1, utc(before));
            return delete.executeUpdate();
        }
    }

    private Optional<StoredMailedToken> findOne(String sql, byte[] tokenHash, MailedToken.Purpose purpose)
            throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setBytes(1, tokenHash);
            query.setString(2, purpose.column());
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredMailedToken(rs.getBytes(1), purpose, rs.getObject(3, UUID.class),
                        rs.getString(4), instant(rs, 5), instant(rs, 6), instant(rs, 7)));
            }
        }
    }
}
