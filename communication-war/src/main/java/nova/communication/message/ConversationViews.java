package nova.communication.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nova.contracts.communication.Message;

/** Conversations and messages as one member sees them: members, last message, unread count, each message's status. */
@ApplicationScoped
public class ConversationViews {

    @PersistenceContext(unitName = "communication")
    EntityManager entityManager;

    public nova.contracts.communication.Conversation view(UUID viewer, Conversation conversation) {
        return views(viewer, List.of(conversation)).get(0);
    }

    public List<nova.contracts.communication.Conversation> views(UUID viewer, List<Conversation> conversations) {
        if (conversations.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = conversations.stream().map(Conversation::id).toList();
        Map<UUID, List<UUID>> members = new HashMap<>();
        for (Membership membership : entityManager.createQuery("""
                        SELECT m FROM Membership m WHERE m.conversationId IN :ids AND m.leftAt IS NULL
                        ORDER BY m.joinedAt, m.userId""", Membership.class)
                .setParameter("ids", ids).getResultList()) {
            members.computeIfAbsent(membership.conversationId(), id -> new ArrayList<>()).add(membership.userId());
        }
        Map<UUID, Long> unread = new HashMap<>();
        for (Object[] row : entityManager.createQuery("""
                        SELECT s.conversationId, count(s) FROM MessageStatus s
                        WHERE s.userId = :viewer AND s.conversationId IN :ids AND s.status <> 'read'
                        GROUP BY s.conversationId""", Object[].class)
                .setParameter("viewer", viewer).setParameter("ids", ids).getResultList()) {
            unread.put((UUID) row[0], (Long) row[1]);
        }
        List<UUID> lastIds = conversations.stream().map(Conversation::lastMessageId).filter(id -> id != null).toList();
        Map<UUID, Message> last = new HashMap<>();
        if (!lastIds.isEmpty()) {
            List<StoredMessage> messages = entityManager.createQuery(
                    "SELECT m FROM StoredMessage m WHERE m.id IN :ids", StoredMessage.class)
                    .setParameter("ids", lastIds).getResultList();
            messages(viewer, messages).forEach(m -> last.put(m.id(), m));
        }
        return conversations.stream().map(c -> new nova.contracts.communication.Conversation(c.id(), c.kind(),
                c.title(), c.createdBy(), members.getOrDefault(c.id(), List.of()),
                c.lastMessageId() == null ? null : last.get(c.lastMessageId()), unread.getOrDefault(c.id(), 0L),
                c.createdAt(), c.lastActivityAt())).toList();
    }

    /** The messages in the order given, each with its status as {@code viewer} sees it. */
    public List<Message> messages(UUID viewer, List<StoredMessage> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<String>> statuses = statuses(messages.stream().map(StoredMessage::id).toList());
        Map<UUID, String> mine = new HashMap<>();
        for (MessageStatus status : entityManager.createQuery("""
                        SELECT s FROM MessageStatus s WHERE s.messageId IN :ids AND s.userId = :viewer""",
                        MessageStatus.class)
                .setParameter("ids", messages.stream().map(StoredMessage::id).toList())
                .setParameter("viewer", viewer).getResultList()) {
            mine.put(status.messageId(), status.status());
        }
        return messages.stream().map(m -> new Message(m.id(), m.conversationId(), m.senderId(), m.text(), m.mediaIds(),
                m.senderId().equals(viewer) ? MessageStatus.least(statuses.getOrDefault(m.id(), List.of()))
                        : mine.getOrDefault(m.id(), MessageStatus.SENT),
                m.sentAt())).toList();
    }

    private Map<UUID, List<String>> statuses(Collection<UUID> messageIds) {
        Map<UUID, List<String>> statuses = new HashMap<>();
        for (MessageStatus status : entityManager.createQuery(
                "SELECT s FROM MessageStatus s WHERE s.messageId IN :ids", MessageStatus.class)
                .setParameter("ids", messageIds).getResultList()) {
            statuses.computeIfAbsent(status.messageId(), id -> new ArrayList<>()).add(status.status());
        }
        return statuses;
    }
}
