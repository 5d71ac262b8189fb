package nova.identity.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nova.platform.persistence.ContextDatabase;

/** The {@code signing_keys} table. */
@ApplicationScoped
public class SigningKeyStore {

    /** Serializes key creation across replicas (an arbitrary constant: "nova" "keys"). */
    private static final long CREATION_LOCK = 0x6e6f7661_6b657973L;
    private static final String UNRETIRED = """
            SELECT kid, public_key, private_key_encrypted, created_at FROM signing_keys
            WHERE retired_at IS NULL ORDER BY created_at DESC, kid""";

    @Inject
    ContextDatabase database;

    /** Every key still published, newest first. */
    public List<StoredKey> unretired() throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            return unretired(connection, Integer.MAX_VALUE);
        }
    }

    public Optional<StoredKey> newest() throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            return unretired(connection, 1).stream().findFirst();
        }
    }

    /**
     * The newest un-retired key, creating one with {@code newKey} if there is none. Commits on its
     * own. Replicas starting together take turns (advisory lock), and each answers with the newest
     * key after its insert, so all sign with keys that are stored and published.
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public StoredKey newestOrCreate(Supplier<StoredKey> newKey) throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, CREATION_LOCK);
                lock.execute();
            }
            List<StoredKey> existing = unretired(connection, 1);
            if (!existing.isEmpty()) {
                return existing.get(0);
            }
            StoredKey key = newKey.get();
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO signing_keys (kid, algorithm, public_key, private_key_encrypted)
                    VALUES (?, ?, ?, ?)""")) {
                insert.setString(1, key.kid());
                insert.setString(2, SigningKey.ALGORITHM);
                insert.setBytes(3, key.publicKeyDer());
                insert.setBytes(4, key.sealedPrivateKey());
                insert.executeUpdate();
            }
            return unretired(connection, 1).get(0);
        }
    }

    private static List<StoredKey> unretired(Connection connection, int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(UNRETIRED + " LIMIT ?")) {
            query.setInt(1, limit);
            List<StoredKey> keys = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    keys.add(new StoredKey(rs.getString(1), rs.getBytes(2), rs.getBytes(3),
                            rs.getObject(4, OffsetDateTime.class).toInstant()));
                }
            }
            return keys;
        }
    }
}
