package nova.communication.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nova.communication.member.Member;
import nova.communication.member.Members;
import nova.contracts.communication.Notification;

/** Notifications as their recipient reads them: the newest three actors and the sentence with their names. */
@ApplicationScoped
public class NotificationViews {

    static final int ACTORS_SHOWN = 3;

    @PersistenceContext(unitName = "communication")
    EntityManager entityManager;

    @Inject
    Members members;

    public Notification view(NotificationGroup group) {
        return views(List.of(group)).get(0);
    }

    public List<Notification> views(List<NotificationGroup> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<UUID>> actors = newestActors(groups.stream().map(NotificationGroup::id).toList());
        Map<UUID, Member> known = members.find(actors.values().stream().flatMap(List::stream).distinct().toList());
        List<Notification> views = new ArrayList<>(groups.size());
        for (NotificationGroup group : groups) {
            List<UUID> ids = actors.getOrDefault(group.id(), List.of());
            List<String> names = ids.stream().map(id -> known.containsKey(id) ? known.get(id).shownName() : "Someone").toList();
            String text = NotificationText.of(group.type(), group.targetType(), group.detail(), names, group.actorCount());
            views.add(new Notification(group.id(), group.type(), group.targetType(), group.targetId(), ids,
                    group.actorCount(), text, group.detail(), group.isRead(), group.createdAt(), group.updatedAt()));
        }
        return views;
    }

    private Map<UUID, List<UUID>> newestActors(Collection<UUID> notificationIds) {
        List<NotificationActor> rows = entityManager.createQuery("""
                        SELECT a FROM NotificationActor a WHERE a.notificationId IN :ids
                        ORDER BY a.actedAt DESC, a.actorId""", NotificationActor.class)
                .setParameter("ids", notificationIds).getResultList();
        Map<UUID, List<UUID>> newest = new HashMap<>();
        for (NotificationActor row : rows) {
            List<UUID> list = newest.computeIfAbsent(row.notificationId(), id -> new ArrayList<>());
            if (list.size() < ACTORS_SHOWN) {
                list.add(row.actorId());
            }
        }
        return newest;
    }
}
