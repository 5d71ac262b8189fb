package nova.content.comment;

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
 * The account deletion saga's part for comments: every comment the member wrote and has not deleted is deleted as if they
 * had deleted it themselves (a tombstone without its text, its versions forgotten, its deletion published).
 */
@ApplicationScoped
public class CommentErasure {

    @PersistenceContext(unitName = "content")
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    Versions versions;

    /** @return how many comments were deleted (none when asked again) */
    @Transactional(Transactional.TxType.MANDATORY)
    public int eraseAllOf(UUID authorId) {
        List<Comment> own = entityManager.createQuery(
                        "SELECT i FROM Comment i WHERE i.authorId = :author AND i.state <> :deleted ORDER BY i.id", Comment.class)
                .setParameter("author", authorId).setParameter("deleted", Comment.DELETED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        Instant now = DatabaseTime.now();
        for (Comment item : own) {
            outbox.publish(item.delete(now));
            versions.forget(Comment.ITEM_TYPE, item.id());
        }
        return own.size();
    }
}
