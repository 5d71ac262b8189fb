package nova.identity.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The signing keys ({@link StoredKey}). Reads need no transaction; each write commits on its own. */
@ApplicationScoped
public class SigningKeyRepository {

    /** Serializes key creation across replicas (an arbitrary constant: "nova" "keys"). */
    private static final long CREATION_LOCK = 0x6e6f7661_6b657973L;

    @PersistenceContext(unitName = "identity")
    EntityManager entityManager;

    /** The keys not retired, newest first: the signing key and those still published or about to retire. */
    public KeyRing unretired() {
        return new KeyRing(entityManager.createQuery(
                        "SELECT k FROM StoredKey k WHERE k.retiredAt IS NULL ORDER BY k.createdAt DESC, k.kid",
                        StoredKey.class)
                .getResultList());
    }

    /** Every key, retired ones too, newest first (what an operator lists). */
    public KeyRing all() {
        return new KeyRing(entityManager.createQuery("SELECT k FROM StoredKey k ORDER BY k.createdAt DESC, k.kid",
                        StoredKey.class)
                .getResultList());
    }

    /**
     * The newest un-retired key, creating one with {@code newKey} if there is none. Commits on its
     * own. Replicas starting together take turns (advisory lock), and each answers with the newest
     * key after its insert, so all sign with keys that are stored and published.
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public StoredKey newestOrCreate(Supplier<StoredKey> newKey) {
        lockCreation();
        Optional<StoredKey> existing = unretired().signing();
        if (existing.isPresent()) {
            return existing.get();
        }
        add(newKey.get());
        return unretired().signing().orElseThrow();
    }

    /**
     * Stores {@code newKey}, which becomes the newest and so the signing key, if {@code stillWanted}
     * holds for the keys as they are once this replica holds the creation lock: two replicas that both
     * found the signing key too old rotate once, not twice. Commits on its own.
     *
     * @return the keys after the insert, or empty if it was no longer wanted
     */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public Optional<KeyRing> rotate(StoredKey newKey, Predicate<KeyRing> stillWanted) {
        lockCreation();
        if (!stillWanted.test(unretired())) {
            return Optional.empty();
        }
        add(newKey);
        return Optional.of(unretired());
    }

    /** Marks the keys retired at {@code now} (those already retired keep their time); they leave the JWKS. */
    @Transactional(rollbackOn = Exception.class)
    public int retire(Collection<String> kids, Instant now) {
        if (kids.isEmpty()) {
            return 0;
        }
        return entityManager.createQuery(
                        "UPDATE StoredKey k SET k.retiredAt = :now WHERE k.kid IN :kids AND k.retiredAt IS NULL")
                .setParameter("now", now)
                .setParameter("kids", kids)
                .executeUpdate();
    }

    /**
     * Native SQL: JPA has no advisory lock, and a pessimistic lock needs a row, while the first key is created
     * when there is none. Held until the transaction ends.
     */
    private void lockCreation() {
        entityManager.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(?1)")
                .setParameter(1, CREATION_LOCK)
                .getSingleResult();
    }

    /** Inserted now, so that its creation time (the column's default, the database's clock) can be read back. */
    private void add(StoredKey key) {
        entityManager.persist(key);
        entityManager.flush();
        entityManager.refresh(key);
    }
}
