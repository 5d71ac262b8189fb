package nova.media.file;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nova.media.infra.Storage;

/**
 * Takes content-addressed files off the disk once nothing refers to them any more. One content may be shared by
 * several rows (two members uploading the same bytes): a key is removed only when no live file's original and
 * no variant names it. Called after the transaction that dropped the references has committed, so a rollback
 * never leaves a row without its bytes.
 * <p>
 * A key is held ({@link #hold}) by whoever is about to refer to it, from before it looks at the disk until its
 * rows commit, and by the removal from before it counts the references until the file is gone. So an upload of
 * bytes already stored, whose row has not committed yet, never loses them to a removal that counted no reference:
 * one waits for the other. The hold is a transaction-scoped PostgreSQL advisory lock, so it holds across replicas.
 */
@ApplicationScoped
public class StoredFiles {

    private static final Logger LOG = Logger.getLogger(StoredFiles.class.getName());

    @PersistenceContext(unitName = "media")
    EntityManager entityManager;

    @Inject
    Storage storage;

    /** This bean through its proxy: each removal in its own transaction. */
    @Inject
    StoredFiles self;

    /**
     * Holds {@code key} until the current transaction ends. Keys are taken in sorted order by everyone who holds
     * several, so two holders never wait on each other.
     */
    public void hold(String key) {
        // native: an advisory lock has no JPA form; the two-int form keeps stored files in their own key space
        entityManager.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1, ?2)) AS held")
                .setParameter(1, LOCK_CLASS).setParameter(2, lockId(key)).getSingleResult();
    }

    /** The lock's id: the first 32 bits of the content hash (two contents sharing them only wait for each other). */
    static int lockId(String key) {
        String name = key.substring(key.lastIndexOf('/') + 1);
        return (int) Long.parseLong(name.substring(0, 8), 16);
    }

    private static final int LOCK_CLASS = 0x6d656469; // "medi"

    /** Removes each of {@code keys} that no row uses; a failure is logged (the bytes stay, unreferenced). */
    public void removeUnused(List<String> keys) {
        for (String key : keys.stream().distinct().toList()) {
            try {
                self.removeIfUnused(key);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not remove stored file {0}: {1}", new Object[] {key, e.toString()});
            }
        }
    }

    /** Removes {@code key} if no row uses it, holding it from the count until the file is gone. */
    @Transactional
    public void removeIfUnused(String key) {
        hold(key);
        if (!isUsed(key)) {
            storage.delete(key);
        }
    }

    /** Whether a live file or a variant refers to {@code key}. */
    public boolean isUsed(String key) {
        long originals = entityManager.createQuery(
                        "SELECT count(f) FROM MediaFile f WHERE f.originalKey = :key AND f.deletedAt IS NULL", Long.class)
                .setParameter("key", key).getSingleResult();
        if (originals > 0) {
            return true;
        }
        return entityManager.createQuery("SELECT count(v) FROM StoredVariant v WHERE v.storageKey = :key", Long.class)
                .setParameter("key", key).getSingleResult() > 0;
    }
}
