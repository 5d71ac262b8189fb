package nova.content.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nova.content.infra.Page;

/** Where posts and their idempotency keys are kept. */
@ApplicationScoped
public class PostRepository {

    /** The most posts of one conversation a thread read looks at. */
    static final int CONVERSATION_SCAN = 2000;

    @PersistenceContext(unitName = "content")
    EntityManager entityManager;

    Optional<Post> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Post.class, id));
    }

    /** The post, its row locked until the transaction ends (edits, deletes and new replies apply one by one). */
    Optional<Post> lock(UUID id) {
        return Optional.ofNullable(entityManager.find(Post.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    List<Post> find(Collection<UUID> ids) {
        return entityManager.createQuery("SELECT p FROM Post p WHERE p.id IN :ids", Post.class)
                .setParameter("ids", ids).getResultList();
    }

    void add(Post post) {
        entityManager.persist(post);
    }

    /**
     * One page of {@code authorId}'s posts {@code readerId} may read, newest first. {@code self}: the reader is
     * the author; {@code follows}: the reader follows the author (followers-only posts are theirs to read).
     */
    List<Post> byAuthor(UUID authorId, UUID readerId, boolean follows, Page page) {
        String audience = readerId.equals(authorId) ? ""
                : follows ? " AND (p.visibility <> 'direct' OR array_contains(p.mentionIds, :reader))"
                : " AND (p.visibility IN ('public', 'unlisted') OR (p.visibility = 'direct' AND array_contains(p.mentionIds, :reader)))";
        String after = page.first() ? "" : " AND (p.createdAt < :at OR (p.createdAt = :at AND p.id < :id))";
        TypedQuery<Post> query = entityManager.createQuery("""
                        SELECT p FROM Post p
                        WHERE p.authorId = :author AND p.state = 'visible' AND p.moderation = 'visible'
                        AND p.authorSuspended = false""" + audience + after + " ORDER BY p.createdAt DESC, p.id DESC",
                        Post.class)
                .setParameter("author", authorId)
                .setMaxResults(page.limit() + 1);
        if (!audience.isEmpty()) {
            query.setParameter("reader", readerId);
        }
        if (!page.first()) {
            query.setParameter("at", page.beforeAt()).setParameter("id", page.beforeId());
        }
        return query.getResultList();
    }

    /** The posts of a conversation written after {@code post}, oldest first (at most {@value #CONVERSATION_SCAN}). */
    List<Post> laterInConversation(Post post) {
        return entityManager.createQuery("""
                        SELECT p FROM Post p WHERE p.conversationRootId = :root AND p.createdAt >= :since AND p.id <> :id
                        ORDER BY p.createdAt, p.id""", Post.class)
                .setParameter("root", post.conversationRootId())
                .setParameter("since", post.createdAt())
                .setParameter("id", post.id())
                .setMaxResults(CONVERSATION_SCAN)
                .getResultList();
    }

    Optional<IdempotencyRecord> idempotencyKey(UUID authorId, String key) {
        return Optional.ofNullable(entityManager.find(IdempotencyRecord.class, new IdempotencyRecord.Key(authorId, key)));
    }

    void add(IdempotencyRecord record) {
        entityManager.persist(record);
    }

    void remove(IdempotencyRecord record) {
        entityManager.remove(record);
        entityManager.flush();
    }
}
