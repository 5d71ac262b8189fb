package nova.platform.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * When a queue's next work falls due, for a {@link RepeatingTask#draining draining} round to answer. Free of JPA
 * (the gateway carries this library and holds no persistence): the caller runs the queries.
 */
public final class DueTimes {

    private DueTimes() {
    }

    /**
     * The earliest of the instants the {@code queries} answer first, each run by {@code firstOf}, e.g.
     * {@code q -> entityManager.createQuery(q, Instant.class).setMaxResults(1).getResultList()} over
     * {@code SELECT m.nextAttemptAt FROM QueuedMail m WHERE m.status = 'queued' ORDER BY m.nextAttemptAt} and the
     * same for leases running out; empty when none answers any.
     */
    public static Optional<Instant> earliest(Function<String, List<Instant>> firstOf, String... queries) {
        Instant earliest = null;
        for (String query : queries) {
            for (Instant at : firstOf.apply(query)) {
                if (at != null && (earliest == null || at.isBefore(earliest))) {
                    earliest = at;
                }
            }
        }
        return Optional.ofNullable(earliest);
    }
}
