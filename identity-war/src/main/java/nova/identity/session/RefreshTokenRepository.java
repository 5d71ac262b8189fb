package nova.identity.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The refresh tokens ({@link StoredRefreshToken}), in the caller's JTA transaction. */
@ApplicationScoped
public class RefreshTokenRepository {

    @PersistenceContext(unitName = "identity")
    EntityManager entityManager;

    public void add(StoredRefreshToken token) {
        entityManager.persist(token);
    }

    /**
     * The token with this hash, locked until the transaction ends: two refreshes with one token take turns,
     * and the second sees the first one's spend. The first read of a refresh's transaction.
     */
    public Optional<StoredRefreshToken> findForUpdate(byte[] tokenHash) {
        return entityManager.createQuery("SELECT t FROM StoredRefreshToken t WHERE t.tokenHash = :hash",
                        StoredRefreshToken.class)
                .setParameter("hash", tokenHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().findFirst();
    }

    /** Revokes every token of the family that is not revoked yet; returns how many. */
    public int revokeFamily(UUID familyId, Instant now) {
        return revokeAllWith("familyId", familyId, now);
    }

    /** Revokes every token of the session that is not revoked yet; returns how many. */
    public int revokeSession(UUID sessionId, Instant now) {
        return revokeAllWith("sessionId", sessionId, now);
    }

    private int revokeAllWith(String attribute, UUID value, Instant now) {
        return entityManager.createQuery("UPDATE StoredRefreshToken t SET t.revokedAt = :now WHERE t." + attribute
                        + " = :value AND t.revokedAt IS NULL")
                .setParameter("now", now)
                .setParameter("value", value)
                .executeUpdate();
    }
}
