package nova.content.article;

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
 * The account deletion saga's part for articles: every article the member wrote and has not deleted is deleted as if they
 * had deleted it themselves (a tombstone without its text, its versions forgotten, its deletion published).
 */
@ApplicationScoped
public class ArticleErasure {

    @PersistenceContext(unitName = "content")
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    Versions versions;

    /** @return how many articles were deleted (none when asked again) */
    @Transactional(Transactional.TxType.MANDATORY)
    public int eraseAllOf(UUID authorId) {
        List<Article> own = entityManager.createQuery(
                        "SELECT i FROM Article i WHERE i.authorId = :author AND i.state <> :deleted ORDER BY i.id", Article.class)
                .setParameter("author", authorId).setParameter("deleted", Article.DELETED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        Instant now = DatabaseTime.now();
        for (Article item : own) {
            item.delete(now).ifPresent(outbox::publish);
            versions.forget(Article.ITEM_TYPE, item.id());
        }
        return own.size();
    }
}
