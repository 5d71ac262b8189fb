package nova.communication.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nova.communication.infra.Refusals;

/** Conversations by what a member may see of them: only the ones they are in. */
@ApplicationScoped
public class Conversations {

    @PersistenceContext(unitName = "communication")
    EntityManager entityManager;

    /** @throws nova.platform.problem.Rejection 404 unless {@code member} is in the conversation now */
    public Conversation ofMember(UUID member, UUID conversationId, LockModeType lock) {
        Membership membership = entityManager.find(Membership.class, new Membership.Key(conversationId, member));
        if (membership == null || !membership.isActive()) {
            throw notFound(conversationId);
        }
        return entityManager.find(Conversation.class, conversationId, lock);
    }

    public Optional<Conversation> direct(UUID a, UUID b) {
        return entityManager.createQuery("SELECT c FROM Conversation c WHERE c.directKey = :key", Conversation.class)
                .setParameter("key", Conversation.directKey(a, b)).getResultList().stream().findFirst();
    }

    /** The members of a conversation now. */
    public List<UUID> activeMembers(UUID conversationId) {
        return entityManager.createQuery("""
                        SELECT m.userId FROM Membership m WHERE m.conversationId = :id AND m.leftAt IS NULL
                        ORDER BY m.joinedAt, m.userId""", UUID.class)
                .setParameter("id", conversationId).getResultList();
    }

    static nova.platform.problem.Rejection notFound(Object conversationId) {
        return Refusals.notFound("There is no conversation " + conversationId + " of yours.");
    }
}
