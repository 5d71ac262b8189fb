package nova.content.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where comments are kept. */
@ApplicationScoped
public class CommentRepository {

    @PersistenceContext(unitName = "content")
    EntityManager entityManager;

    Optional<Comment> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Comment.class, id));
    }

    Optional<Comment> lock(UUID id) {
        return Optional.ofNullable(entityManager.find(Comment.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    void add(Comment comment) {
        entityManager.persist(comment);
    }

    /** Up to {@code limit} of a target's comments in thread order, after the comment whose path is {@code afterPath}. */
    List<Comment> inThreadOrder(String targetType, UUID targetId, String afterPath, int limit) {
        String after = afterPath == null ? "" : " AND c.path > :after";
        TypedQuery<Comment> query = entityManager.createQuery("""
                        SELECT c FROM Comment c WHERE c.targetType = :type AND c.targetId = :target""" + after
                        + " ORDER BY c.path", Comment.class)
                .setParameter("type", targetType)
                .setParameter("target", targetId)
                .setMaxResults(limit);
        if (afterPath != null) {
            query.setParameter("after", afterPath);
        }
        return query.getResultList();
    }
}
