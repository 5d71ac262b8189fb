package nova.events.saga;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nova.contracts.events.SagaStepCompleted;
import nova.contracts.events.SagaStepRequested;
import nova.platform.events.Outbox;
import nova.platform.persistence.DatabaseTime;
import nova.platform.scheduling.WorkSignals;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sagas' store and their one way to change: each change takes the saga's row lock, and hands the requests it
 * causes to the outbox in the same transaction.
 */
@ApplicationScoped
public class Sagas {

    private static final Logger LOG = Logger.getLogger(Sagas.class.getName());

    /** What wakes the {@link SagaClock} once a transaction that asked a step commits: it learns the new deadline. */
    static final String SIGNAL = "saga_steps";

    /** The steps of open sagas that wait for an answer: what the clock looks at ({@link #overdue}, {@link #nextDue}). */
    private static final String WAITING_STEPS = " FROM SagaStepState t WHERE t.status = :requested"
            + " AND t.saga.status IN ('running', 'stuck')";

    @PersistenceContext(unitName = "events")
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    WorkSignals signals;

    /** How long a step may go unanswered before it is asked again. */
    @Inject
    @ConfigProperty(name = "nova.events.saga.step-timeout", defaultValue = "PT60S")
    Duration stepTimeout;

    /** How many times a step is asked before it is stuck (again, after a resume). */
    @Inject
    @ConfigProperty(name = "nova.events.saga.attempts", defaultValue = "3")
    int attempts;

    /**
     * Starts a saga about {@code userId}, unless event {@code trigger} started one already. A ban or unban saga
     * ends the member's open ban and unban sagas (the latest standing wins); none starts once the member's deletion
     * saga has (deletion is final), and a deletion saga ends the open ones too.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Saga> start(SagaKind kind, UUID userId, String username, UUID trigger) {
        if (!entityManager.createQuery("SELECT s.id FROM Saga s WHERE s.triggerEvent = :trigger", UUID.class)
                .setParameter("trigger", trigger).getResultList().isEmpty()) {
            return Optional.empty();
        }
        List<Saga> earlier = entityManager.createQuery(
                        "SELECT s FROM Saga s WHERE s.userId = :user ORDER BY s.startedAt", Saga.class)
                .setParameter("user", userId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (earlier.stream().anyMatch(s -> s.kind() == SagaKind.DELETION)) {
            LOG.log(Level.INFO, "No {0} saga for member {1}: their account is deleted", new Object[] {kind.column(), userId});
            return Optional.empty();
        }
        Instant now = DatabaseTime.now();
        earlier.forEach(s -> s.supersede(now));
        Saga saga = Saga.start(kind, userId, username, trigger, now);
        entityManager.persist(saga);
        saga.requests().forEach(outbox::publish);
        signals.queued(SIGNAL);
        LOG.log(Level.INFO, "Saga {0} ({1}) started for member {2}", new Object[] {saga.id(), kind.column(), userId});
        return Optional.of(saga);
    }

    /** Records a context's answer; an answer for a saga or step this store does not have changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean completed(SagaStepCompleted done) {
        Saga saga = entityManager.find(Saga.class, done.sagaId(), LockModeType.PESSIMISTIC_WRITE);
        if (saga == null) {
            LOG.log(Level.WARNING, "An answer from {0} for saga {1}, which is not here, changes nothing",
                    new Object[] {done.step(), done.sagaId()});
            return false;
        }
        boolean changed = saga.complete(done.step(), DatabaseTime.now());
        if (changed && Saga.DONE.equals(saga.status())) {
            LOG.log(Level.INFO, "Saga {0} ({1}) is done", new Object[] {saga.id(), saga.kind().column()});
        }
        return changed;
    }

    /** The open sagas with a step waiting longer than the timeout: the clock's work list. */
    @Transactional
    public List<UUID> overdue() {
        return entityManager.createQuery("SELECT DISTINCT t.saga.id" + WAITING_STEPS + " AND t.requestedAt <= :due",
                        UUID.class)
                .setParameter("requested", SagaStepState.REQUESTED)
                .setParameter("due", DatabaseTime.now().minus(stepTimeout))
                .setMaxResults(100).getResultList();
    }

    /**
     * When the next step of an open saga runs out of time (its request's time plus the step timeout), if one waits:
     * the clock sleeps until then.
     */
    @Transactional
    public Optional<Instant> nextDue() {
        Instant oldest = entityManager.createQuery("SELECT MIN(t.requestedAt)" + WAITING_STEPS, Instant.class)
                .setParameter("requested", SagaStepState.REQUESTED).getSingleResult();
        return Optional.ofNullable(oldest).map(at -> at.plus(stepTimeout));
    }

    /** Asks again, or marks stuck, what saga {@code id} has waited for too long. */
    @Transactional
    public void retryOverdue(UUID id) {
        Saga saga = entityManager.find(Saga.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (saga == null) {
            return;
        }
        String before = saga.status();
        List<SagaStepRequested> again = saga.retryOverdue(DatabaseTime.now(), stepTimeout, attempts,
                (step, attempt) -> reason(saga, step, attempt));
        again.forEach(outbox::publish);
        again.forEach(r -> LOG.log(Level.INFO, "Saga {0}: asked {1} again (attempt {2})",
                new Object[] {id, r.step(), r.attempt()}));
        if (!before.equals(saga.status()) && Saga.STUCK.equals(saga.status())) {
            LOG.log(Level.WARNING, "Saga {0} ({1}) is stuck: {2}", new Object[] {id, saga.kind().column(),
                    saga.steps().stream().filter(s -> s.reason() != null).map(SagaStepState::reason).toList()});
        }
    }

    /** Why a step is stuck: no answer, and the dead letter its consumer left, if there is one. */
    private String reason(Saga saga, String step, int attempt) {
        String why = "no answer from " + step + " after " + attempts + " attempt(s), the last (" + attempt
                + ") requested more than " + stepTimeout + " ago";
        List<String> errors = entityManager.createQuery("SELECT d.error FROM DeadLetterEntry d WHERE d.consumer = :consumer"
                        + " AND d.recordKey = :key AND d.status = 'pending' ORDER BY d.recordedAt DESC", String.class)
                .setParameter("consumer", "nova." + step + ".saga").setParameter("key", saga.userId().toString())
                .setMaxResults(1).getResultList();
        return errors.isEmpty() ? why : why + "; its consumer gave up on a request: " + errors.get(0);
    }

    /** An operator resumes a stuck saga: its stuck steps are asked again. 409 unless it is stuck. */
    @Transactional
    public SagaView resume(UUID id, String operator) {
        Saga saga = entityManager.find(Saga.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (saga == null) {
            throw new jakarta.ws.rs.NotFoundException("no saga " + id);
        }
        List<SagaStepRequested> again;
        try {
            again = saga.resume(operator, DatabaseTime.now());
        } catch (IllegalStateException notStuck) {
            throw new jakarta.ws.rs.ClientErrorException(notStuck.getMessage(), 409);
        }
        again.forEach(outbox::publish);
        signals.queued(SIGNAL);
        LOG.log(Level.INFO, "Saga {0} resumed by {1}: asked {2} again", new Object[] {id, operator,
                again.stream().map(SagaStepRequested::step).toList()});
        return saga.view();
    }

    @Transactional
    public Optional<SagaView> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Saga.class, id)).map(Saga::view);
    }

    /** Newest first, optionally by status and member. */
    @Transactional
    public List<SagaView> list(String status, UUID userId, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT s FROM Saga s WHERE 1 = 1");
        if (status != null) {
            jpql.append(" AND s.status = :status");
        }
        if (userId != null) {
            jpql.append(" AND s.userId = :user");
        }
        jpql.append(" ORDER BY s.startedAt DESC, s.id");
        TypedQuery<Saga> query = entityManager.createQuery(jpql.toString(), Saga.class).setMaxResults(limit);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (userId != null) {
            query.setParameter("user", userId);
        }
        return query.getResultList().stream().map(Saga::view).toList();
    }
}
