package nova.communication.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import nova.contracts.communication.UnreadCounts;

/**
 * A member's unread counts: messages and conversations of the conversations they are in (read through the
 * message package's entities by name: messages need notifications, not the other way round), notifications.
 */
@ApplicationScoped
public class UnreadService {

    @PersistenceContext(unitName = "communication")
    EntityManager entityManager;

    @Inject
    NotificationService notifications;

    public UnreadCounts counts(UUID member) {
        Object[] row = entityManager.createQuery("""
                        SELECT count(s), count(DISTINCT s.conversationId) FROM MessageStatus s
                        WHERE s.userId = :member AND s.status <> 'read' AND EXISTS (SELECT m FROM Membership m
                            WHERE m.conversationId = s.conversationId AND m.userId = :member AND m.leftAt IS NULL)""",
                        Object[].class)
                .setParameter("member", member).getSingleResult();
        return new UnreadCounts((Long) row[0], (Long) row[1], notifications.unread(member));
    }
}
