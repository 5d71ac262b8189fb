package nova.identity.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import nova.platform.persistence.ContextDatabase;

/** The {@code signing_keys} table. */
@ApplicationScoped
public class SigningKeyStore {

    /** Serializes key creation across replicas (an arbitrary constant: "nova" "keys"). */
    private static final long CREATION_LOCK = 0x6e6f7661_6b657973L;
    private static final String KEYS = """
            SELECT kid, public_key, private_key_encrypted, created_at, retired_at FROM signing_keys""";
    private static final String NEWEST_FIRST = " ORDER BY created_at DESC, kid";

    @Inject
    ContextDatabase database;

    /** The keys not retired, newest first: the signing key and those still published or about to retire. */
    public KeyRing unretired() throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            return unretired(connection);
        }
    }

    /** Every key, retired ones too, newest first (what an operator lists). */
    public KeyRing all() throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(KEYS + NEWEST_FIRST)) {
            return new KeyRing(read(query));
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
            lock(connection);
            Optional<StoredKey> existing = unretired(connection).signing();
            if (existing.isPresent()) {
                return existing.get();
            }
            insert(connection, newKey.get());
            return unretired(connection).signing().orElseThrow();
        }
    }

    /**
     * Stores {@code newKey}, which becomes the newest and so the signing key, if {@code stillWanted}
     * holds for the keys as they are once this replica holds the creation lock: two replicas that both
     * found the signing key too old rotate once, not twice. Commits on its own.
     *
     * @return the keys after the insert, or empty if it was no longer wanted
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public Optional<KeyRing> rotate(StoredKey newKey, Predicate<KeyRing> stillWanted) throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            lock(connection);
            if (!stillWanted.test(unretired(connection))) {
                return Optional.empty();
            }
            insert(connection, newKey);
            return Optional.of(unretired(connection));
        }
    }

    /** Marks the keys retired (those already retired keep their time); they leave the JWKS. */
    public int retire(Collection<String> kids) throws SQLException {
        if (kids.isEmpty()) {
            return 0;
        }
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     UPDATE signing_keys SET retired_at = clock_timestamp()
                     WHERE kid = ANY (?) AND retired_at IS NULL""")) {
            update.setArray(1, connection.createArrayOf("text", kids.toArray()));
            return update.executeUpdate();
        }
    }

    private static void lock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, CREATION_LOCK);
            lock.execute();
        }
    }

    /** Inserted with the database's clock as its creation time, the clock every replica compares against. */
    private static void insert(Connection connection, StoredKey key) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO signing_keys (kid, algorithm, public_key, private_key_encrypted)
                VALUES (?, ?, ?, ?)""")) {
            insert.setString(1, key.kid());
            insert.setString(2, SigningKey.ALGORITHM);
            insert.setBytes(3, key.publicKeyDer());
            insert.setBytes(4, key.sealedPrivateKey());
            insert.executeUpdate();
        }
    }

    private static KeyRing unretired(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(KEYS + " WHERE retired_at IS NULL" + NEWEST_FIRST)) {
            return new KeyRing(read(query));
        }
    }

    private static List<StoredKey> read(PreparedStatement query) throws SQLException {
        List<StoredKey> keys = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                keys.add(new StoredKey(rs.getString(1), rs.getBytes(2), rs.getBytes(3), instant(rs, 4), instant(rs, 5)));
            }
        }
        return keys;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
