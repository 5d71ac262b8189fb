package nova.social.post;

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
import java.util.stream.Collectors;

/** The posts social knows of ({@code post_refs}). */
@ApplicationScoped
public class PostRefs {

    @PersistenceContext(unitName = "social")
    EntityManager entityManager;

    /**
     * Records a post unless it is known already, and answers it locked for the transaction (the counters change
     * under this lock, so concurrent likes of one post take turns and the count stays exact). Native: the
     * race-free "create if absent" is {@code INSERT … ON CONFLICT DO NOTHING}, which JPA cannot say; a like and the
     * post's own event may record it at the same moment.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PostRef recordAndLock(UUID postId, UUID authorId, String visibility, Collection<UUID> mentions,
                                 Instant createdAt) {
        record(postId, authorId, visibility, mentions, createdAt);
        return entityManager.find(PostRef.class, postId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** As {@link #recordAndLock}; whether the row is new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(UUID postId, UUID authorId, String visibility, Collection<UUID> mentions, Instant createdAt) {
        return entityManager.createNativeQuery("""
                        INSERT INTO post_refs (post_id, author_id, visibility, mentions, created_at)
                        VALUES (?1, ?2, ?3, CAST(?4 AS uuid[]), ?5) ON CONFLICT (post_id) DO NOTHING""")
                .setParameter(1, postId).setParameter(2, authorId).setParameter(3, visibility)
                .setParameter(4, arrayLiteral(mentions)).setParameter(5, createdAt)
                .executeUpdate() == 1;
    }

    public Optional<PostRef> find(UUID postId) {
        return Optional.ofNullable(entityManager.find(PostRef.class, postId));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<PostRef> lock(UUID postId) {
        return Optional.ofNullable(entityManager.find(PostRef.class, postId, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<PostRef> find(Collection<UUID> postIds) {
        return entityManager.createQuery("SELECT p FROM PostRef p WHERE p.postId IN :ids", PostRef.class)
                .setParameter("ids", postIds).getResultList();
    }

    /** {@code {a,b}}: a PostgreSQL array literal of ids (UUIDs need no quoting). */
    public static String arrayLiteral(Collection<UUID> ids) {
        return ids == null ? "{}" : ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
