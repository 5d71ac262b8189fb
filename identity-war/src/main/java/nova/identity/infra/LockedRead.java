package nova.identity.infra;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** Reading one row under a pessimistic lock, as it is once the lock is held. */
public final class LockedRead {

    private LockedRead() {
    }

    /**
     * The entity with this id, locked until the transaction ends ({@code PESSIMISTIC_READ}: {@code FOR SHARE};
     * {@code PESSIMISTIC_WRITE}: {@code FOR NO KEY UPDATE} on PostgreSQL), with the state the lock protects.
     * <p>
     * {@code find(type, id, mode)} alone is not enough: on an entity this transaction has read already it takes
     * the lock but keeps the state read before, which a transaction that held the lock first may have changed
     * (a second revocation of one session would then publish again). Refreshing under the lock reads it anew;
     * for an entity not read yet that costs one plain primary-key read more.
     */
    public static <T> Optional<T> find(EntityManager entityManager, Class<T> type, Object id, LockModeType mode) {
        T entity = entityManager.find(type, id);
        if (entity == null) {
            return Optional.empty();
        }
        try {
            entityManager.refresh(entity, mode);
        } catch (EntityNotFoundException e) {
            return Optional.empty(); // deleted meanwhile
        }
        return Optional.of(entity);
    }
}
