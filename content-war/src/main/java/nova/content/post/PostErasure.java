package nova.content.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nova.content.version.Versions;
import nova.platform.events.Outbox;
import nova.platform.persistence.DatabaseTime;

/**
 * The account deletion saga's part for posts: every post the member wrote and has not deleted is deleted as if they
 * had deleted it themselves (a tombstone without its text, its versions forgotten, its deletion published).
 */
@ApplicationScoped
public class PostErasure {

    @PersistenceContext(unitName = "content")
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    Versions versions;

    /** @return how many posts were deleted (none when asked again) */
    @Transactional(Transactional.TxType.MANDATORY)
    public int eraseAllOf(UUID authorId) {
        List<Post> own = entityManager.createQuery(
                        "SELECT i FROM Post i WHERE i.authorId = :author AND i.state <> :deleted ORDER BY i.id", Post.class)
                .setParameter("author", authorId).setParameter("deleted", Post.DELETED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        Instant now = DatabaseTime.now();
        for (Post item : own) {
            outbox.publish(item.delete(now));
            if (item.replyToId() != null) {
                entityManager.find(Post.class, item.replyToId(), LockModeType.PESSIMISTIC_WRITE).replyRemoved();
            }
            versions.forget(Post.ITEM_TYPE, item.id());
        }
        return own.size();
    }
}
