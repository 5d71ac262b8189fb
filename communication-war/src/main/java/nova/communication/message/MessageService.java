package nova.communication.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import nova.communication.infra.Cursor;
import nova.communication.notification.Notifier;
import nova.contracts.communication.Message;
import nova.contracts.communication.MessageDraft;
import nova.contracts.communication.MessagePage;
import nova.contracts.communication.MessageSent;
import nova.platform.events.Outbox;
import nova.platform.persistence.DatabaseTime;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sending and reading messages. A message is stored with a {@code sent} status for every other member, a
 * notification for each, and {@code communication.message.sent}, all in one transaction; in a direct conversation the
 * other member's message policy and blocks are asked first, as they may have changed since it started.
 * {@link #markDelivered} and {@link #since} are for the real-time push (same server).
 */
@ApplicationScoped
public class MessageService {

    static final int MEDIA_MAX = 4;

    @PersistenceContext(unitName = "communication")
    EntityManager entityManager;

    @Inject
    Conversations conversations;

    @Inject
    ConversationViews views;

    @Inject
    MessagingPolicy policy;

    @Inject
    Notifier notifier;

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "nova.communication.message.max-chars", defaultValue = "5000")
    int maxChars;

    @Transactional
    public Message send(UUID sender, UUID conversationId, MessageDraft draft) {
        Conversation conversation = conversations.ofMember(sender, conversationId, LockModeType.PESSIMISTIC_WRITE);
        String text = text(draft);
        List<UUID> media = media(draft);
        List<UUID> recipients = conversations.activeMembers(conversationId).stream()
                .filter(id -> !id.equals(sender)).toList();
        if (conversation.isDirect()) {
            recipients.forEach(recipient -> policy.check(sender, recipient));
        }
        Instant now = DatabaseTime.now();
        StoredMessage message = new StoredMessage(conversationId, sender, text, media, now);
        entityManager.persist(message);
        entityManager.flush();
        for (UUID recipient : recipients) {
            entityManager.persist(new MessageStatus(message.id(), recipient, conversationId, now));
        }
        conversation.messaged(message.id(), now);
        outbox.publish(new MessageSent(message.id(), conversationId, sender, recipients, text, media, now));
        for (UUID recipient : recipients) {
            notifier.notify(new Notifier.Happening(recipient, "message", "message", "conversation", conversationId,
                    sender, null));
        }
        entityManager.flush();
        return views.messages(sender, List.of(message)).get(0);
    }

    /** A conversation's messages, newest first. @throws Rejection 404 unless the caller is in it */
    public MessagePage page(UUID caller, UUID conversationId, String after, int limit) {
        conversations.ofMember(caller, conversationId, LockModeType.NONE);
        Cursor cursor = Cursor.decode(after);
        TypedQuery<StoredMessage> query = entityManager.createQuery("SELECT m FROM StoredMessage m"
                + " WHERE m.conversationId = :id" + (cursor == null ? "" : " AND m.seq < :seq")
                + " ORDER BY m.seq DESC", StoredMessage.class)
                .setParameter("id", conversationId);
        if (cursor != null) {
            query.setParameter("seq", cursor.position());
        }
        List<StoredMessage> rows = query.setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        List<StoredMessage> page = more ? rows.subList(0, limit) : rows;
        String next = more ? new Cursor(page.get(limit - 1).seq(), page.get(limit - 1).id()).encode() : null;
        return new MessagePage(views.messages(caller, page), next);
    }

    /**
     * {@code userId}'s device got the conversation's messages up to {@code upToMessageId}: {@code sent} becomes
     * {@code delivered}. Idempotent; nothing for a conversation the user is not in. Returns how many changed.
     */
    @Transactional
    public int markDelivered(UUID userId, UUID conversationId, UUID upToMessageId) {
        StoredMessage mark = entityManager.find(StoredMessage.class, upToMessageId);
        if (mark == null || !mark.conversationId().equals(conversationId)) {
            return 0;
        }
        return entityManager.createQuery("""
                        UPDATE MessageStatus s SET s.status = 'delivered', s.updatedAt = :now
                        WHERE s.userId = :user AND s.conversationId = :id AND s.status = 'sent'
                          AND s.messageId IN (SELECT m.id FROM StoredMessage m
                                              WHERE m.conversationId = :id AND m.seq <= :seq)""")
                .setParameter("now", DatabaseTime.now()).setParameter("user", userId)
                .setParameter("id", conversationId).setParameter("seq", mark.seq()).executeUpdate();
    }

    /**
     * Catch-up for a reconnecting client: the messages of the user's conversations after {@code afterMessageId}
     * (null: the newest {@code limit}), oldest first.
     */
    public List<Message> since(UUID userId, UUID afterMessageId, int limit) {
        StoredMessage after = afterMessageId == null ? null : entityManager.find(StoredMessage.class, afterMessageId);
        TypedQuery<StoredMessage> query = entityManager.createQuery("""
                        SELECT m FROM StoredMessage m WHERE EXISTS (SELECT c FROM Membership c
                            WHERE c.conversationId = m.conversationId AND c.userId = :user AND c.leftAt IS NULL)"""
                + (after == null ? " ORDER BY m.seq DESC" : " AND m.seq > :seq ORDER BY m.seq"), StoredMessage.class)
                .setParameter("user", userId);
        if (after != null) {
            query.setParameter("seq", after.seq());
        }
        List<StoredMessage> rows = new ArrayList<>(query.setMaxResults(limit).getResultList());
        if (after == null) {
            java.util.Collections.reverse(rows);
        }
        return views.messages(userId, rows);
    }

    private String text(MessageDraft draft) {
        String text = draft == null ? null : draft.text();
        if (text != null && text.isBlank()) {
            text = null;
        }
        if (text != null && text.codePointCount(0, text.length()) > maxChars) {
            throw Rejection.invalidInput("text", "At most " + maxChars + " characters.");
        }
        if (text == null && (draft == null || draft.mediaIds() == null || draft.mediaIds().isEmpty())) {
            throw Rejection.invalidInput(List.of(new Problem.FieldError("text", "Write something or attach media.")));
        }
        return text;
    }

    private static List<UUID> media(MessageDraft draft) {
        if (draft.mediaIds() == null) {
            return List.of();
        }
        if (draft.mediaIds().size() > MEDIA_MAX) {
            throw Rejection.invalidInput("mediaIds", "At most " + MEDIA_MAX + " media.");
        }
        LinkedHashSet<UUID> distinct = new LinkedHashSet<>();
        for (UUID id : draft.mediaIds()) {
            if (id == null || !distinct.add(id)) {
                throw Rejection.invalidInput("mediaIds", "Distinct media ids.");
            }
        }
        return List.copyOf(distinct);
    }
}
