package nova.communication.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nova.communication.infra.Cursor;
import nova.communication.infra.Refusals;
import nova.contracts.communication.Notification;
import nova.contracts.communication.NotificationPage;
import nova.platform.persistence.DatabaseTime;

/** A member's notifications: pages (most recently updated first, keyset), unread count, marking read. */
@ApplicationScoped
public class NotificationService {

    @PersistenceContext(unitName = "communication")
    EntityManager entityManager;

    @Inject
    NotificationViews views;

    public NotificationPage page(UUID recipient, boolean unreadOnly, String after, int limit) {
        Cursor cursor = Cursor.decode(after);
        TypedQuery<NotificationGroup> query = entityManager.createQuery("SELECT n FROM NotificationGroup n"
                + " WHERE n.recipientId = :recipient" + (unreadOnly ? " AND n.readAt IS NULL" : "")
                + (cursor == null ? "" : " AND (n.updatedAt < :at OR (n.updatedAt = :at AND n.id < :id))")
                + " ORDER BY n.updatedAt DESC, n.id DESC", NotificationGroup.class)
                .setParameter("recipient", recipient);
        if (cursor != null) {
            query.setParameter("at", cursor.instant()).setParameter("id", cursor.id());
        }
        List<NotificationGroup> rows = query.setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        List<NotificationGroup> page = more ? rows.subList(0, limit) : rows;
        String next = more ? Cursor.of(page.get(limit - 1).updatedAt(), page.get(limit - 1).id()).encode() : null;
        return new NotificationPage(views.views(page), next);
    }

    public long unread(UUID recipient) {
        return entityManager.createQuery("""
                        SELECT count(n) FROM NotificationGroup n WHERE n.recipientId = :recipient AND n.readAt IS NULL""",
                        Long.class)
                .setParameter("recipient", recipient).getSingleResult();
    }

    /** @throws nova.platform.problem.Rejection 404 for a notification that is not the caller's */
    @Transactional
    public Notification markRead(UUID recipient, UUID id) {
        NotificationGroup group = entityManager.find(NotificationGroup.class, id);
        if (group == null || !group.recipientId().equals(recipient)) {
            throw Refusals.notFound("There is no notification " + id + " of yours.");
        }
        group.read(DatabaseTime.now());
        return views.view(group);
    }

    /**
     * Marks the caller's notifications {@code ids} read, all or none.
     *
     * @throws nova.platform.problem.Rejection 404 naming the first that is not the caller's (nothing is marked then)
     */
    @Transactional
    public void markRead(UUID recipient, java.util.Collection<UUID> ids) {
        List<NotificationGroup> groups = entityManager.createQuery("""
                        SELECT n FROM NotificationGroup n WHERE n.id IN :ids AND n.recipientId = :recipient""",
                        NotificationGroup.class)
                .setParameter("ids", ids).setParameter("recipient", recipient).getResultList();
        if (groups.size() < ids.size()) {
            java.util.Set<UUID> found = new java.util.HashSet<>();
            groups.forEach(group -> found.add(group.id()));
            UUID missing = ids.stream().filter(id -> !found.contains(id)).findFirst().orElseThrow();
            throw Refusals.notFound("There is no notification " + missing + " of yours.");
        }
        Instant now = DatabaseTime.now();
        groups.forEach(group -> group.read(now));
    }

    @Transactional
    public void markAllRead(UUID recipient) {
        Instant now = DatabaseTime.now();
        entityManager.createQuery("""
                        UPDATE NotificationGroup n SET n.readAt = :now
                        WHERE n.recipientId = :recipient AND n.readAt IS NULL""")
                .setParameter("now", now).setParameter("recipient", recipient).executeUpdate();
    }
}
