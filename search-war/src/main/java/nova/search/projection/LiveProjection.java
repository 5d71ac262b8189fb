package nova.search.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import nova.platform.events.ReceivedEvent;

/**
 * Live consumption: applies an event to the serving generation in the inbox's transaction and, while a rebuild
 * fills the next generation, keeps it in that generation's backlog too. The pointer row is read with a shared
 * lock, so a rebuild's start or swap (which lock it exclusively) waits for this transaction and the other way
 * round: no live event falls between the backlog and the swap.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LiveProjection {

    @PersistenceContext(unitName = "search")
    EntityManager entityManager;

    @Inject
    Projector projector;

    /**
     * The account deletion saga's search step: the member's documents leave and they stay a tombstone, in the
     * serving generation and in one being built (whose replay will meet {@code user.deleted} too).
     */
    public void erase(java.util.UUID userId, String username) {
        ProjectionPointer pointer = entityManager.find(ProjectionPointer.class, ProjectionPointer.ID,
                LockModeType.PESSIMISTIC_READ);
        projector.memberDeleted(pointer.serving(), userId, username);
        if (pointer.building() != null) {
            projector.memberDeleted(pointer.building(), userId, username);
        }
    }

    /** The ban saga's search step: the member and what they wrote are left out of answers ({@code true}) or not. */
    public void banned(java.util.UUID userId, boolean banned) {
        ProjectionPointer pointer = entityManager.find(ProjectionPointer.class, ProjectionPointer.ID,
                LockModeType.PESSIMISTIC_READ);
        projector.banned(pointer.serving(), userId, banned);
        if (pointer.building() != null) {
            projector.banned(pointer.building(), userId, banned);
        }
    }

    public void apply(ReceivedEvent received) {
        ProjectionPointer pointer = entityManager.find(ProjectionPointer.class, ProjectionPointer.ID,
                LockModeType.PESSIMISTIC_READ);
        projector.apply(pointer.serving(), received.event());
        if (pointer.building() != null) {
            entityManager.persist(new BacklogEntry(pointer.building(), received.topic(), received.partition(),
                    received.offset(), received.event().toJson()));
        }
    }
}
