package nova.social.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The members social knows of ({@code accounts}). */
@ApplicationScoped
public class Members {

    @PersistenceContext(unitName = "social")
    EntityManager entityManager;

    /** A member that exists and was not deleted. */
    public Optional<Member> find(UUID userId) {
        return Optional.ofNullable(entityManager.find(Member.class, userId)).filter(m -> !m.isDeleted());
    }

    /** A member's row as it stands, deleted or not, without locking it. */
    public Optional<Member> peek(UUID userId) {
        return Optional.ofNullable(entityManager.find(Member.class, userId));
    }

    public List<Member> find(Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("SELECT m FROM MemberAccount m WHERE m.userId IN :ids AND m.deleted = false",
                Member.class).setParameter("ids", userIds).getResultList();
    }

    /**
     * Makes sure a row exists for {@code userId} (their profile event may still be on its way while they already act
     * with a valid token), unlocked until the user context says otherwise. Native: {@code INSERT … ON CONFLICT DO
     * NOTHING} is the one race-free "create if absent" and JPA cannot say it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ensure(UUID userId, Instant now) {
        entityManager.createNativeQuery("""
                        INSERT INTO accounts (user_id, active_at, created_at) VALUES (?1, ?2, ?2)
                        ON CONFLICT (user_id) DO NOTHING""")
                .setParameter(1, userId).setParameter(2, now).executeUpdate();
    }

    /** Makes {@code userId} known now (the user context vouched for them), in a transaction of its own. */
    @Transactional
    public void learn(UUID userId) {
        ensure(userId, nova.platform.persistence.DatabaseTime.now());
    }

    /**
     * Locks both members' rows for the transaction, always in id order, so two members changing their
     * relationship with each other at once take turns instead of deadlocking.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Member> lockPair(UUID one, UUID other) {
        return entityManager.createQuery("SELECT m FROM MemberAccount m WHERE m.userId IN (:one, :other) ORDER BY m.userId",
                        Member.class)
                .setParameter("one", one).setParameter("other", other)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Member> lock(UUID userId) {
        return Optional.ofNullable(entityManager.find(Member.class, userId, LockModeType.PESSIMISTIC_WRITE));
    }
}
