package nova.content.follower;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The follower projection: asked on reads, changed only by {@link FollowerProjection}. */
@ApplicationScoped
public class Followers {

    @PersistenceContext(unitName = "content")
    EntityManager entityManager;

    /** Whether {@code followerId} follows {@code followeeId} (as far as social's events have arrived). */
    public boolean follows(UUID followerId, UUID followeeId) {
        return entityManager.find(Follow.class, new Follow.Pair(followeeId, followerId)) != null;
    }

    /** Which of {@code followeeIds} {@code followerId} follows. */
    public Set<UUID> followedAmong(UUID followerId, Collection<UUID> followeeIds) {
        if (followeeIds.isEmpty()) {
            return Set.of();
        }
        List<UUID> found = entityManager.createQuery("""
                        SELECT f.pair.followeeId FROM Follow f
                        WHERE f.pair.followerId = :follower AND f.pair.followeeId IN :followees""", UUID.class)
                .setParameter("follower", followerId)
                .setParameter("followees", followeeIds)
                .getResultList();
        return Set.copyOf(found);
    }

    /** Records a follow (again: no effect). */
    @Transactional(Transactional.TxType.MANDATORY)
    void started(UUID followerId, UUID followeeId, Instant since) {
        if (!follows(followerId, followeeId)) {
            entityManager.persist(new Follow(followerId, followeeId, since));
        }
    }

    /** Forgets a follow (not there: no effect). */
    @Transactional(Transactional.TxType.MANDATORY)
    void ended(UUID followerId, UUID followeeId) {
        Follow follow = entityManager.find(Follow.class, new Follow.Pair(followeeId, followerId));
        if (follow != null) {
            entityManager.remove(follow);
        }
    }
}
