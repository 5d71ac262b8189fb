package nova.identity.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nova.platform.persistence.ContextDatabase;

/**
 * The {@code credentials} table. Every method runs on a connection of the caller's JTA
 * transaction (Liberty shares one physical connection per transaction).
 */
@ApplicationScoped
public class CredentialStore {

    private static final String COLUMNS = """
            id, email, username, password_hash, status, banned_until, standing_changed_at, permissions,
            email_verified_at, created_at""";

    @Inject
    ContextDatabase database;

    /** By email (if {@code login} has an {@code @}) or username, ignoring case. */
    public Optional<Credential> findByLogin(String login) throws SQLException {
        String column = login.indexOf('@') >= 0 ? "email" : "username";
        return findOne("SELECT " + COLUMNS + " FROM credentials WHERE lower(" + column + ") = lower(?)", login);
    }

    public Optional<Credential> findById(UUID id) throws SQLException {
        return findOne("SELECT " + COLUMNS + " FROM credentials WHERE id = ?", id);
    }

    /**
     * The account, read-locked until the transaction ends: whatever changes its standing or password waits
     * for this transaction, and this one waits for a change already under way. A login opens its session
     * under this lock, so a ban that revokes the account's sessions cannot miss the new one.
     */
    public Optional<Credential> findByIdForShare(UUID id) throws SQLException {
        return findOne("SELECT " + COLUMNS + " FROM credentials WHERE id = ? FOR SHARE", id);
    }

    /** The account, locked until the transaction ends: for a change of its password, standing or permissions. */
    public Optional<Credential> findByIdForUpdate(UUID id) throws SQLException {
        return findOne("SELECT " + COLUMNS + " FROM credentials WHERE id = ? FOR UPDATE", id);
    }

    /** Which of {@code email}, {@code username} another account already has (ignoring case): field names. */
    public Set<String> taken(String email, String username) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT lower(email) = lower(?), lower(username) = lower(?) FROM credentials
                     WHERE lower(email) = lower(?) OR lower(username) = lower(?)""")) {
            query.setString(1, email);
            query.setString(2, username);
            query.setString(3, email);
            query.setString(4, username);
            Set<String> fields = new LinkedHashSet<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (rs.getBoolean(1)) {
                        fields.add("email");
                    }
                    if (rs.getBoolean(2)) {
                        fields.add("username");
                    }
                }
            }
            return fields;
        }
    }

    /**
     * Inserts the account unless its email or username is taken meanwhile (a concurrent registration
     * that committed first): then nothing is written and the answer is false. The statement does
     * not fail, so the transaction stays usable.
     */
    public boolean insert(Credential credential) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO credentials (id, email, username, password_hash, status, created_at, updated_at)
                     VALUES (?, ?, ?, ?, ?, ?, ?)
                     ON CONFLICT DO NOTHING""")) {
            insert.setObject(1, credential.id());
            insert.setString(2, credential.email());
            insert.setString(3, credential.username());
            insert.setString(4, credential.passwordHash());
            insert.setString(5, credential.standing().status().column());
            insert.setObject(6, utc(credential.createdAt()));
            insert.setObject(7, utc(credential.createdAt()));
            return insert.executeUpdate() == 1;
        }
    }

    public void replacePasswordHash(UUID id, String passwordHash, Instant now) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE credentials SET password_hash = ?, updated_at = ? WHERE id = ?")) {
            update.setString(1, passwordHash);
            update.setObject(2, utc(now));
            update.setObject(3, id);
            update.executeUpdate();
        }
    }

    /** Stores where the account stands now ({@code standing}'s status, ban end and time). */
    public void replaceStanding(UUID id, AccountStanding standing, Instant now) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     UPDATE credentials SET status = ?, banned_until = ?, standing_changed_at = ?, updated_at = ?
                     WHERE id = ?""")) {
            update.setString(1, standing.status().column());
            update.setObject(2, utc(standing.bannedUntil()));
            update.setObject(3, utc(standing.changedAt()));
            update.setObject(4, utc(now));
            update.setObject(5, id);
            update.executeUpdate();
        }
    }

    /**
     * Stores the permissions of the account's roles as of {@code changedAt}, unless permissions of a later
     * change are stored already; returns whether it did.
     */
    public boolean replacePermissions(UUID id, List<String> permissions, Instant changedAt, Instant now)
            throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     UPDATE credentials SET permissions = ?, permissions_changed_at = ?, updated_at = ?
                     WHERE id = ? AND (permissions_changed_at IS NULL OR permissions_changed_at <= ?)""")) {
            update.setArray(1, connection.createArrayOf("text", permissions.toArray()));
            update.setObject(2, utc(changedAt));
            update.setObject(3, utc(now));
            update.setObject(4, id);
            update.setObject(5, utc(changedAt));
            return update.executeUpdate() == 1;
        }
    }

    /** Records that the account's address was proven at {@code at}, unless it was already; returns whether it did. */
    public boolean markEmailVerified(UUID id, Instant at) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE credentials SET email_verified_at = ?, updated_at = ? WHERE id = ? AND email_verified_at IS NULL")) {
            update.setObject(1, utc(at));
            update.setObject(2, utc(at));
            update.setObject(3, id);
            return update.executeUpdate() == 1;
        }
    }

    private Optional<Credential> findOne(String sql, Object key) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, key);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                AccountStanding standing = new AccountStanding(AccountStatus.ofColumn(rs.getString(5)), instant(rs, 6),
                        instant(rs, 7));
                String[] permissions = (String[]) rs.getArray(8).getArray();
                return Optional.of(new Credential(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), standing, Arrays.asList(permissions), instant(rs, 9), instant(rs, 10)));
            }
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
