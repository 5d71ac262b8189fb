package nova.communication.notification;

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
import nova.communication.mail.MailQueue;
import nova.communication.mail.MailTemplates;
import nova.communication.member.Member;
import nova.communication.member.Members;
import nova.communication.member.SocialGraph;
import nova.contracts.communication.Notification;
import nova.contracts.communication.NotificationSent;
import nova.platform.events.Outbox;
import nova.platform.persistence.DatabaseTime;

/**
 * Turns one thing that happened into a notification, in the caller's transaction (an event's inbox transaction, or a
 * message being sent): nothing to oneself, nothing to a deleted member, nothing from someone the recipient blocks,
 * is blocked by or mutes, nothing of a type the recipient's settings turn off (moderation outcomes always go). The
 * event joins the recipient's unread group of that type and target, or starts one; a new group or a new actor is
 * published as {@code communication.notification.sent}, and a new group is mailed when the member's email settings
 * ask for notification mail.
 */
@ApplicationScoped
public class Notifier {

    @PersistenceContext(unitName = "communication")
    EntityManager entityManager;

    @Inject
    Members members;

    @Inject
    SocialGraph graph;

    @Inject
    NotificationViews views;

    @Inject
    Outbox outbox;

    @Inject
    MailQueue mail;

    @Inject
    MailTemplates templates;

    /** What happened: to whom, of which type (and which settings switch governs it), about what, by whom. */
    public record Happening(UUID recipientId, String type, String setting, String targetType, UUID targetId,
                            UUID actorId, String detail) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Notification> notify(Happening happening) {
        UUID recipient = happening.recipientId();
        UUID actor = happening.actorId();
        if (recipient == null || recipient.equals(actor)) {
            return Optional.empty();
        }
        Optional<Member> member = members.find(recipient);
        if (member.isPresent() && member.get().isDeleted()) {
            return Optional.empty();
        }
        if (actor != null && graph.silenced(recipient, actor)) {
            return Optional.empty();
        }
        if (happening.setting() != null && member.isPresent() && !member.get().wantsNotification(happening.setting())) {
            return Optional.empty();
        }
        Instant now = DatabaseTime.now();
        String key = NotificationGroup.groupKey(happening.type(), happening.targetType(), happening.targetId());
        List<NotificationGroup> unread = entityManager.createQuery("""
                        SELECT n FROM NotificationGroup n
                        WHERE n.recipientId = :recipient AND n.groupKey = :key AND n.readAt IS NULL""",
                        NotificationGroup.class)
                .setParameter("recipient", recipient).setParameter("key", key)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        boolean started = unread.isEmpty();
        NotificationGroup group = started
                ? NotificationGroup.started(recipient, happening.type(), happening.targetType(), happening.targetId(), now)
                : unread.get(0);
        if (started) {
            entityManager.persist(group);
        }
        boolean changed = started;
        if (actor != null) {
            NotificationActor known = entityManager.find(NotificationActor.class,
                    new NotificationActor.Key(group.id(), actor));
            if (known == null) {
                entityManager.persist(new NotificationActor(group.id(), actor, now));
                group.joined(now);
                changed = true;
            } else {
                known.actedAgain(now);
            }
        } else {
            group.touched(happening.detail(), now);
            changed = true;
        }
        if (!changed) {
            return Optional.empty();
        }
        entityManager.flush();
        Notification view = views.view(group);
        outbox.publish(new NotificationSent(view.id(), recipient, view.type(), view.targetType(), view.targetId(),
                view.actorIds(), view.actorCount(), view.text(), view.detail(), now));
        if (started && member.isPresent() && member.get().email() != null) {
            mail.enqueue(recipient, member.get().email(),
                    templates.notification(member.get().username() == null ? "" : member.get().username(), view.text()));
        }
        return Optional.of(view);
    }
}
