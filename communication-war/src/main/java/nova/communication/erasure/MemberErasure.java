package nova.communication.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;
import nova.communication.member.Members;
import nova.platform.events.SagaStep;
import nova.platform.persistence.DatabaseTime;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * communication's step in the account deletion saga (consumer group {@code nova.communication.saga} on
 * {@code nova.events}): the member's messages lose their text and media (the others' conversations keep their
 * order, the sender shows as a deleted member), the member leaves every conversation, and their read marks, push
 * tokens, notifications (theirs, and their name among others' notification actors) and queued mail and texts are
 * deleted; the member is marked deleted as {@code user.deleted} marks them. Bulk statements in the inbox's
 * transaction; asked again, they change nothing more.
 */
@ApplicationScoped
public class MemberErasure extends SagaStep {

    private static final Logger LOG = Logger.getLogger(MemberErasure.class.getName());

    @PersistenceContext(unitName = "communication")
    EntityManager entityManager;

    @Inject
    Members members;

    @Incoming("saga")
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return receive(message);
    }

    @Override
    protected void erase(UUID userId, String username, Connection transaction) {
        Instant now = DatabaseTime.now();
        int messages = update("UPDATE StoredMessage m SET m.text = NULL, m.mediaIds = '' WHERE m.senderId = :u"
                + " AND (m.text IS NOT NULL OR m.mediaIds <> '')", userId);
        entityManager.createQuery("UPDATE Membership m SET m.leftAt = :now WHERE m.userId = :u AND m.leftAt IS NULL")
                .setParameter("now", now).setParameter("u", userId).executeUpdate();
        update("DELETE FROM MessageStatus s WHERE s.userId = :u", userId);
        int tokens = update("DELETE FROM StoredPushToken t WHERE t.userId = :u", userId);
        // their actors go with them (ON DELETE CASCADE)
        int notifications = update("DELETE FROM NotificationGroup n WHERE n.recipientId = :u", userId);
        update("DELETE FROM NotificationActor a WHERE a.actorId = :u", userId);
        update("DELETE FROM QueuedMail m WHERE m.userId = :u", userId);
        update("DELETE FROM QueuedSms s WHERE s.userId = :u", userId);
        members.deleted(userId);
        LOG.log(Level.INFO, "Erased member {0}: {1} message(s) emptied, {2} push token(s), {3} notification(s) deleted",
                new Object[] {userId, messages, tokens, notifications});
    }

    private int update(String jpql, UUID userId) {
        return entityManager.createQuery(jpql).setParameter("u", userId).executeUpdate();
    }
}
