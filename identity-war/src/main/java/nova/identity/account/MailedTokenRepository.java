package nova.identity.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The tokens mailed to accounts ({@link StoredMailedToken}), in the caller's JTA transaction. */
@ApplicationScoped
public class MailedTokenRepository {

    @PersistenceContext(unitName = "identity")
    EntityManager entityManager;

    public void add(StoredMailedToken token) {
        entityManager.persist(token);
    }

    /** The token of this purpose with this hash, as it is now (no lock: to find whose it is before any work). */
    public Optional<StoredMailedToken> find(byte[] tokenHash, MailedToken.Purpose purpose) {
        return byHash(tokenHash, purpose, LockModeType.NONE);
    }

    /**
     * The token of this purpose with this hash, locked until the transaction ends: two requests spending one
     * token take turns, and the second sees the first one's spend.
     */
    public Optional<StoredMailedToken> findForUpdate(byte[] tokenHash, MailedToken.Purpose purpose) {
        return byHash(tokenHash, purpose, LockModeType.PESSIMISTIC_WRITE);
    }

    /** How many tokens of this purpose were issued to the account since {@code since}. */
    public long countIssuedSince(UUID userId, MailedToken.Purpose purpose, Instant since) {
        return entityManager.createQuery("""
                        SELECT count(t) FROM StoredMailedToken t
                        WHERE t.userId = :user AND t.purpose = :purpose AND t.createdAt > :since""", Long.class)
                .setParameter("user", userId)
                .setParameter("purpose", purpose.column())
                .setParameter("since", since)
                .getSingleResult();
    }

    /** Spends every unspent token of this purpose of the account (the one just used among them); returns how many. */
    public int spendAll(UUID userId, MailedToken.Purpose purpose, Instant now) {
        return entityManager.createQuery("""
                        UPDATE StoredMailedToken t SET t.usedAt = :now
                        WHERE t.userId = :user AND t.purpose = :purpose AND t.usedAt IS NULL""")
                .setParameter("now", now)
                .setParameter("user", userId)
                .setParameter("purpose", purpose.column())
                .executeUpdate();
    }

    /** Deletes tokens that expired before {@code before}; returns how many. */
    public int deleteExpiredBefore(Instant before) {
        return entityManager.createQuery("DELETE FROM StoredMailedToken t WHERE t.expiresAt < :before")
                .setParameter("before", before)
                .executeUpdate();
    }

    private Optional<StoredMailedToken> byHash(byte[] tokenHash, MailedToken.Purpose purpose, LockModeType lock) {
        // a query, not find(): the purpose is part of what must match, and this transaction has not read it before
        return entityManager.createQuery(
                        "SELECT t FROM StoredMailedToken t WHERE t.tokenHash = :hash AND t.purpose = :purpose",
                        StoredMailedToken.class)
                .setParameter("hash", tokenHash)
                .setParameter("purpose", purpose.column())
                .setLockMode(lock)
                .getResultList().stream().findFirst();
    }
}
