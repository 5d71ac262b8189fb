package nova.media.file;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nova.media.infra.Storage;

/**
 * Takes content-addressed files off the disk once nothing refers to them any more. One content may be shared by
 * several rows (two members uploading the same bytes): a key is removed only when no live file's original and
 * no variant names it. Called after the transaction that dropped the references has committed, so a rollback
 * never leaves a row without its bytes.
 */
@ApplicationScoped
public class StoredFiles {

    private static final Logger LOG = Logger.getLogger(StoredFiles.class.getName());

    @PersistenceContext(unitName = "media")
    EntityManager entityManager;

    @Inject
    Storage storage;

    /** Removes each of {@code keys} that no row uses; a failure is logged (the bytes stay, unreferenced). */
    public void removeUnused(List<String> keys) {
        for (String key : keys.stream().distinct().toList()) {
            try {
                if (!isUsed(key)) {
                    storage.delete(key);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not remove stored file {0}: {1}", new Object[] {key, e.toString()});
            }
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
