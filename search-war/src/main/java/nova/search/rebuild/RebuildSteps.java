package nova.search.rebuild;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nova.contracts.search.RebuildStatus;
import nova.platform.events.CloudEvent;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;
import nova.search.index.SearchEngine;
import nova.search.projection.BacklogEntry;
import nova.search.projection.ProjectionPointer;
import nova.search.projection.Projector;
import nova.search.trending.TrendingCounters;

/** The rebuild's transactions, one method each (the rebuild's thread calls them in turn). */
@ApplicationScoped
@Transactional
public class RebuildSteps {

    private static final Logger LOG = Logger.getLogger(RebuildSteps.class.getName());

    @PersistenceContext(unitName = "search")
    EntityManager entityManager;

    @Inject
    Projector projector;

    @Inject
    SearchEngine engine;

    @Inject
    TrendingCounters trending;

    /**
     * Announces a new generation: from this commit on, every live event is also kept in its backlog.
     * {@code abandonRunning}: a rebuild the database still calls building has no thread left (the server
     * restarted): it is given up and its generation dropped.
     *
     * @throws Rejection 409 {@code conflict} while another rebuild runs
     */
    public long begin(boolean abandonRunning, Instant now) {
        ProjectionPointer pointer = entityManager.find(ProjectionPointer.class, ProjectionPointer.ID,
                LockModeType.PESSIMISTIC_WRITE);
        if (pointer.building() != null) {
            if (!abandonRunning) {
                throw new Rejection(Problem.of(409, "conflict", "A rebuild is running",
                        "Generation " + pointer.building() + " is being built; see /search/rebuilds/current."));
            }
            long abandoned = pointer.building();
            Rebuild running = entityManager.find(Rebuild.class, abandoned);
            if (running != null) {
                running.failed("abandoned: the server stopped while it ran", now);
            }
            pointer.abandon();
            dropGeneration(abandoned);
        }
        Long last = entityManager.createQuery("SELECT max(r.generation) FROM Rebuild r", Long.class).getSingleResult();
        long generation = Math.max(last == null ? 0 : last, pointer.serving()) + 1;
        pointer.startBuilding(generation);
        entityManager.persist(new Rebuild(generation, now));
        return generation;
    }

    public void replayUpTo(long generation, Map<String, Long> ends) {
        entityManager.find(Rebuild.class, generation).replayUpTo(ends);
    }

    /**
     * Applies replayed events to the generation being built, in their order; one no consumer could read is passed
     * over. A run of events that only index posts ({@link Projector#onlyIndexes}: most of a corpus) is written in a
     * few multi-row statements instead of several statements per event.
     */
    public void replay(long generation, List<CloudEvent> events) {
        List<CloudEvent> run = new ArrayList<>();
        for (CloudEvent event : events) {
            if (Projector.onlyIndexes(event)) {
                run.add(event);
            } else {
                indexRun(generation, run);
                applyReadable(generation, event);
            }
        }
        indexRun(generation, run);
        entityManager.find(Rebuild.class, generation).replayed(events.size());
    }

    private void indexRun(long generation, List<CloudEvent> run) {
        if (run.isEmpty()) {
            return;
        }
        entityManager.flush();
        projector.postsCreated(generation, run);
        // the run was written past the persistence context: no stale copy of its rows may be used or written after
        entityManager.clear();
        run.clear();
    }

    /**
     * Applies up to {@code batch} backlog entries (oldest first) to the generation being built, skipping those
     * the replay already covered, and deletes them. Answers how many entries are left.
     */
    public long catchUp(long generation, int batch) {
        Rebuild rebuild = entityManager.find(Rebuild.class, generation);
        apply(rebuild, entityManager.createQuery(
                        "SELECT b FROM BacklogEntry b WHERE b.generation = :g ORDER BY b.seq", BacklogEntry.class)
                .setParameter("g", generation).setMaxResults(batch).getResultList());
        return entityManager.createQuery("SELECT count(b) FROM BacklogEntry b WHERE b.generation = :g", Long.class)
                .setParameter("g", generation).getSingleResult();
    }

    /**
     * The swap: with the pointer locked (live consumers wait for this commit), the rest of the backlog is applied
     * and the new generation serves. Answers the retired generation.
     */
    public long swap(long generation, Instant now) {
        ProjectionPointer pointer = entityManager.find(ProjectionPointer.class, ProjectionPointer.ID,
                LockModeType.PESSIMISTIC_WRITE);
        Rebuild rebuild = entityManager.find(Rebuild.class, generation);
        apply(rebuild, entityManager.createQuery(
                        "SELECT b FROM BacklogEntry b WHERE b.generation = :g ORDER BY b.seq", BacklogEntry.class)
                .setParameter("g", generation).getResultList());
        long retired = pointer.swap();
        rebuild.done(now);
        return retired;
    }

    /** The rebuild failed: nothing is built any more, and its generation goes. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long generation, String why, Instant now) {
        ProjectionPointer pointer = entityManager.find(ProjectionPointer.class, ProjectionPointer.ID,
                LockModeType.PESSIMISTIC_WRITE);
        if (pointer.building() != null && pointer.building() == generation) {
            pointer.abandon();
        }
        Rebuild rebuild = entityManager.find(Rebuild.class, generation);
        if (rebuild != null && rebuild.building()) {
            rebuild.failed(why, now);
        }
        dropGeneration(generation);
    }

    public void dropGeneration(long generation) {
        engine.drop(generation);
        trending.drop(generation);
        entityManager.createQuery("DELETE FROM BacklogEntry b WHERE b.generation = :g")
                .setParameter("g", generation).executeUpdate();
    }

    /**
     * In a transaction of its own (the class's REQUIRED), not SUPPORTS: without one, the persistence unit's
     * EntityManager is a no-transaction one closed at the end of the local transaction containment, and closing it
     * touches the connection handle after the containment ended (Liberty logs DSRA9400E "addSync" on every call).
     */
    public Optional<RebuildStatus> current() {
        long serving = entityManager.find(ProjectionPointer.class, ProjectionPointer.ID).serving();
        return entityManager.createQuery("SELECT r FROM Rebuild r ORDER BY r.generation DESC", Rebuild.class)
                .setMaxResults(1).getResultStream().findFirst().map(r -> r.status(serving));
    }

    private void apply(Rebuild rebuild, List<BacklogEntry> entries) {
        Map<String, Long> ends = rebuild.endOffsets();
        long applied = 0;
        for (BacklogEntry entry : entries) {
            Long end = ends.get(entry.topic() + "/" + entry.partition());
            if (end == null || entry.offset() >= end) {
                applyReadable(rebuild.generation(), CloudEvent.parse(entry.event()));
                applied++;
            }
            entityManager.remove(entry);
        }
        rebuild.caughtUp(applied);
    }

    private void applyReadable(long generation, CloudEvent event) {
        try {
            projector.apply(generation, event);
        } catch (IllegalArgumentException | java.time.DateTimeException | NullPointerException e) {
            // an unreadable payload: live consumption dead-lettered it too; the replay passes it over the same way
            LOG.log(Level.WARNING, "Rebuild of generation {0}: event {1} ({2}) passed over: {3}",
                    new Object[] {generation, event.id(), event.type(), e.getMessage()});
        }
    }
}
