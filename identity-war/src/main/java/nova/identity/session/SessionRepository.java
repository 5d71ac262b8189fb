package nova.identity.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nova.identity.infra.LockedRead;

/** The sessions ({@link Session}), in the caller's JTA transaction or, outside one, read as they are. */
@ApplicationScoped
public class SessionRepository {

    @PersistenceContext(unitName = "identity")
    EntityManager entityManager;

    public void add(Session session) {
        entityManager.persist(session);
    }

    public Optional<Session> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Session.class, id));
    }

    /**
     * The session, locked until the transaction ends, as it is once the lock is held: a revocation and a refresh
     * of one session take turns. Lock its refresh tokens first (the order every path takes), or two
     * transactions could wait for each other in a circle.
     */
    public Optional<Session> findForUpdate(UUID id) {
        return LockedRead.find(entityManager, Session.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The user's sessions that are not revoked and were used since {@code usedSince}, most recently used first. */
    public List<Session> unrevokedOf(UUID userId, Instant usedSince) {
        return entityManager.createQuery("""
                        SELECT s FROM Session s
                        WHERE s.userId = :user AND s.revokedAt IS NULL AND s.lastUsedAt > :since
                        ORDER BY s.lastUsedAt DESC, s.createdAt DESC""", Session.class)
                .setParameter("user", userId)
                .setParameter("since", usedSince)
                .getResultList();
    }
}
