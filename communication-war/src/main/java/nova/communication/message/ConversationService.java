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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nova.communication.infra.Cursor;
import nova.communication.infra.Refusals;
import nova.contracts.communication.ConversationDraft;
import nova.contracts.communication.ConversationPage;
import nova.contracts.communication.ConversationRead;
import nova.contracts.communication.MembersChange;
import nova.platform.events.Outbox;
import nova.platform.persistence.DatabaseTime;
import nova.platform.problem.Rejection;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starting conversations, their members, reading them. Every member added must accept messages from the one adding
 * them ({@link MessagingPolicy}); every check comes before the first write, so a refused call changes nothing.
 */
@ApplicationScoped
public class ConversationService {

    static final int TITLE_MAX = 100;

    @PersistenceContext(unitName = "communication")
    EntityManager entityManager;

    @Inject
    Conversations conversations;

    @Inject
    ConversationViews views;

    @Inject
    MessagingPolicy policy;

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "nova.communication.conversation.max-members", defaultValue = "50")
    int maxMembers;

    /** The result of starting: the conversation, and whether it is new (201) or the pair's existing direct one (200). */
    public record Started(nova.contracts.communication.Conversation conversation, boolean created) {
    }

    @Transactional
    public Started start(UUID caller, ConversationDraft draft) {
        List<UUID> others = others(caller, draft == null ? null : draft.memberIds());
        String title = title(draft.title());
        if (others.size() + 1 > maxMembers) {
            throw Refusals.conflict("A conversation has at most " + maxMembers + " members, you included.");
        }
        others.forEach(other -> policy.check(caller, other));
        Instant now = DatabaseTime.now();
        if (others.size() == 1 && title == null) {
            Optional<Conversation> existing = conversations.direct(caller, others.get(0));
            if (existing.isPresent()) {
                return new Started(views.view(caller, existing.get()), false);
            }
            Conversation direct = Conversation.direct(caller, others.get(0), now);
            entityManager.persist(direct);
            entityManager.persist(new Membership(direct.id(), caller, now));
            entityManager.persist(new Membership(direct.id(), others.get(0), now));
            entityManager.flush();
            return new Started(views.view(caller, direct), true);
        }
        Conversation group = Conversation.group(title, caller, now);
        entityManager.persist(group);
        entityManager.persist(new Membership(group.id(), caller, now));
        others.forEach(other -> entityManager.persist(new Membership(group.id(), other, now)));
        entityManager.flush();
        return new Started(views.view(caller, group), true);
    }

    /** The pair's direct conversation, once another request made it first. */
    public Optional<nova.contracts.communication.Conversation> existingDirect(UUID caller, ConversationDraft draft) {
        if (draft == null || draft.memberIds() == null || draft.memberIds().size() != 1 || draft.title() != null) {
            return Optional.empty();
        }
        return conversations.direct(caller, draft.memberIds().get(0)).map(c -> views.view(caller, c));
    }

    public ConversationPage page(UUID caller, String after, int limit) {
        Cursor cursor = Cursor.decode(after);
        TypedQuery<Conversation> query = entityManager.createQuery("""
                        SELECT c FROM Conversation c WHERE EXISTS (SELECT m FROM Membership m
                            WHERE m.conversationId = c.id AND m.userId = :caller AND m.leftAt IS NULL)"""
                + (cursor == null ? "" : " AND (c.lastActivityAt < :at OR (c.lastActivityAt = :at AND c.id < :id))")
                + " ORDER BY c.lastActivityAt DESC, c.id DESC", Conversation.class)
                .setParameter("caller", caller);
        if (cursor != null) {
            query.setParameter("at", cursor.instant()).setParameter("id", cursor.id());
        }
        List<Conversation> rows = query.setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        List<Conversation> page = more ? rows.subList(0, limit) : rows;
        String next = more ? Cursor.of(page.get(limit - 1).lastActivityAt(), page.get(limit - 1).id()).encode() : null;
        return new ConversationPage(views.views(caller, page), next);
    }

    public nova.contracts.communication.Conversation find(UUID caller, UUID conversationId) {
        return views.view(caller, conversations.ofMember(caller, conversationId, LockModeType.NONE));
    }

    @Transactional
    public nova.contracts.communication.Conversation addMembers(UUID caller, UUID conversationId, MembersChange change) {
        Conversation conversation = conversations.ofMember(caller, conversationId, LockModeType.PESSIMISTIC_WRITE);
        List<UUID> wanted = others(caller, change == null ? null : change.userIds(), "userIds");
        if (conversation.isDirect()) {
            throw Refusals.conflict("A direct conversation keeps its two members; start a group instead.");
        }
        List<UUID> current = conversations.activeMembers(conversationId);
        List<UUID> added = wanted.stream().filter(id -> !current.contains(id)).toList();
        if (current.size() + added.size() > maxMembers) {
            throw Refusals.conflict("A conversation has at most " + maxMembers + " members.");
        }
        added.forEach(other -> policy.check(caller, other));
        Instant now = DatabaseTime.now();
        for (UUID other : added) {
            Membership earlier = entityManager.find(Membership.class, new Membership.Key(conversationId, other));
            if (earlier != null) {
                earlier.rejoin(now);
            } else {
                entityManager.persist(new Membership(conversationId, other, now));
            }
        }
        conversation.changed(now);
        entityManager.flush();
        return views.view(caller, conversation);
    }

    @Transactional
    public void leave(UUID caller, UUID conversationId) {
        Conversation conversation = conversations.ofMember(caller, conversationId, LockModeType.PESSIMISTIC_WRITE);
        if (conversation.isDirect()) {
            throw Refusals.conflict("A direct conversation cannot be left.");
        }
        Instant now = DatabaseTime.now();
        entityManager.find(Membership.class, new Membership.Key(conversationId, caller)).leave(now);
        // what they had not read stops counting for them
        entityManager.createQuery("""
                        UPDATE MessageStatus s SET s.status = 'read', s.updatedAt = :now
                        WHERE s.userId = :caller AND s.conversationId = :id AND s.status <> 'read'""")
                .setParameter("now", now).setParameter("caller", caller).setParameter("id", conversationId)
                .executeUpdate();
    }

    /**
     * Marks the conversation read by the caller up to {@code messageId} (null: its newest message);
     * {@code communication.conversation.read} when something changed.
     */
    @Transactional
    public nova.contracts.communication.Conversation markRead(UUID caller, UUID conversationId, UUID messageId) {
        Conversation conversation = conversations.ofMember(caller, conversationId, LockModeType.NONE);
        UUID upTo = messageId != null ? messageId : conversation.lastMessageId();
        if (upTo != null) {
            StoredMessage mark = entityManager.find(StoredMessage.class, upTo);
            if (mark == null || !mark.conversationId().equals(conversationId)) {
                throw Rejection.invalidInput("messageId", "Not a message of this conversation.");
            }
            Instant now = DatabaseTime.now();
            int changed = entityManager.createQuery("""
                            UPDATE MessageStatus s SET s.status = 'read', s.updatedAt = :now
                            WHERE s.userId = :caller AND s.conversationId = :id AND s.status <> 'read'
                              AND s.messageId IN (SELECT m.id FROM StoredMessage m
                                                  WHERE m.conversationId = :id AND m.seq <= :seq)""")
                    .setParameter("now", now).setParameter("caller", caller).setParameter("id", conversationId)
                    .setParameter("seq", mark.seq()).executeUpdate();
            if (changed > 0) {
                outbox.publish(new ConversationRead(conversationId, caller, upTo,
                        conversations.activeMembers(conversationId), now));
            }
        }
        return views.view(caller, conversation);
    }

    private static List<UUID> others(UUID caller, List<UUID> ids) {
        return others(caller, ids, "memberIds");
    }

    private static List<UUID> others(UUID caller, List<UUID> ids, String field) {
        if (ids == null || ids.isEmpty()) {
            throw Rejection.invalidInput(field, "Name at least one other member.");
        }
        if (ids.size() > 100) {
            throw Rejection.invalidInput(field, "At most 100 members at once.");
        }
        Set<UUID> distinct = new LinkedHashSet<>();
        for (UUID id : ids) {
            if (id == null) {
                throw Rejection.invalidInput(field, "Every member is a user id.");
            }
            if (id.equals(caller)) {
                throw Rejection.invalidInput(field, "You are in it already: name the others.");
            }
            if (!distinct.add(id)) {
                throw Rejection.invalidInput(field, "The members must be distinct.");
            }
        }
        return new ArrayList<>(distinct);
    }

    private static String title(String title) {
        if (title == null) {
            return null;
        }
        String stripped = title.strip();
        if (stripped.isEmpty() || stripped.codePointCount(0, stripped.length()) > TITLE_MAX) {
            throw Rejection.invalidInput("title", "1 to " + TITLE_MAX + " characters, or none.");
        }
        return stripped;
    }
}
