package nova.events.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The {@code event_subscriptions} table: replaced as a whole by each refresh, read by the operators' API. */
@ApplicationScoped
public class Subscriptions {

    @PersistenceContext(unitName = "events")
    EntityManager entityManager;

    /** Stores what the broker reported at {@code seenAt}; groups and topics it no longer reports leave the table. */
    @Transactional
    public void replace(List<Subscription> seen, Instant seenAt) {
        for (Subscription subscription : seen) {
            entityManager.merge(new SubscriptionEntry(subscription));
        }
        entityManager.createQuery("DELETE FROM SubscriptionEntry s WHERE s.updatedAt < :seenAt")
                .setParameter("seenAt", seenAt).executeUpdate();
    }

    public List<Subscription> all() {
        return entityManager.createQuery("SELECT s FROM SubscriptionEntry s ORDER BY s.consumerGroup, s.topic",
                SubscriptionEntry.class).getResultList().stream().map(SubscriptionEntry::view).toList();
    }
}
