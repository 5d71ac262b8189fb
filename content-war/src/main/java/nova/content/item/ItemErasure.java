package nova.content.item;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import nova.content.version.Versions;
import nova.contracts.event.DomainEvent;
import nova.platform.events.Outbox;
import nova.platform.persistence.DatabaseTime;

/**
 * The account deletion saga's part for one kind of item (posts, articles, comments): every item of that kind the
 * member wrote and has not deleted is deleted as if they had deleted it themselves (a tombstone without its text, its
 * versions forgotten, its deletion published).
 */
@ApplicationScoped
public class ItemErasure {

    @PersistenceContext(unitName = "content")
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    Versions versions;

    /**
     * @param type   the kind of item (an entity over {@link ContentItem})
     * @param delete tombstones one item at the instant given, as its author's deletion does, and answers the event
     *               that says so (none when there is nothing to say)
     * @return how many items were deleted (none when asked again)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends ContentItem> int eraseAllOf(UUID authorId, Class<T> type,
                                                  BiFunction<T, Instant, Optional<? extends DomainEvent>> delete) {
        List<T> own = entityManager.createQuery("SELECT i FROM " + type.getSimpleName()
                        + " i WHERE i.authorId = :author AND i.state <> :deleted ORDER BY i.id", type)
                .setParameter("author", authorId).setParameter("deleted", ContentItem.DELETED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        Instant now = DatabaseTime.now();
        for (T item : own) {
            delete.apply(item, now).ifPresent(outbox::publish);
            versions.forget(item.itemType(), item.id());
        }
        return own.size();
    }
}
