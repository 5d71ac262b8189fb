package nova.platform.scheduling;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;

/** When a queue's next work falls due, for a {@link RepeatingTask#draining draining} round to answer. */
public final class DueTimes {

    private DueTimes() {
    }

    /**
     * The earliest of the instants the JPQL {@code queries} answer first, e.g.
     * {@code SELECT m.nextAttemptAt FROM QueuedMail m WHERE m.status = 'queued' ORDER BY m.nextAttemptAt} and the
     * same for leases running out; empty when none answers any.
     */
    public static Optional<Instant> earliest(EntityManager entityManager, String... queries) {
        Instant earliest = null;
        for (String query : queries) {
            for (Instant at : entityManager.createQuery(query, Instant.class).setMaxResults(1).getResultList()) {
                if (at != null && (earliest == null || at.isBefore(earliest))) {
                    earliest = at;
                }
            }
        }
        return Optional.ofNullable(earliest);
    }
}
