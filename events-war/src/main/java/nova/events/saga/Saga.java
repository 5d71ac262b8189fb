package nova.events.saga;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import nova.contracts.events.SagaStepRequested;

/**
 * One saga ({@code sagas}) and its steps: which contexts were asked what about which member, and how far each is.
 * Running while a step waits for its answer, stuck while a step is stuck (the others go on), done when every step
 * is, superseded when a later saga about the same member made it moot (an unban while a ban's step was still
 * asked). Each method returns the requests it causes, for the outbox.
 */
@Entity
@Table(name = "sagas")
public class Saga {

    static final String RUNNING = "running";
    static final String STUCK = "stuck";
    static final String DONE = "done";
    static final String SUPERSEDED = "superseded";

    @Id
    private UUID id;

    @Column(nullable = false)
    private String kind;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    private String username;

    @Column(name = "trigger_event", nullable = false)
    private UUID triggerEvent;

    @Column(nullable = false)
    private String status;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "resumed_by")
    private String resumedBy;

    @Column(name = "resumed_at")
    private Instant resumedAt;

    @OneToMany(mappedBy = "saga", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<SagaStepState> steps = new ArrayList<>();

    protected Saga() {
        // JPA
    }

    private Saga(SagaKind kind, UUID userId, String username, UUID triggerEvent, Instant now) {
        this.id = UUID.randomUUID();
        this.kind = kind.column();
        this.userId = userId;
        this.username = username;
        this.triggerEvent = triggerEvent;
        this.status = RUNNING;
        this.startedAt = now;
        int position = 0;
        for (String step : kind.steps()) {
            steps.add(new SagaStepState(this, position++, step, now));
        }
    }

    /** A new saga, every step requested (attempt 1) now. */
    static Saga start(SagaKind kind, UUID userId, String username, UUID triggerEvent, Instant now) {
        return new Saga(kind, userId, username, triggerEvent, now);
    }

    /** The first requests, one per step. */
    List<SagaStepRequested> requests() {
        return steps.stream().map(this::request).toList();
    }

    /**
     * Records {@code step}'s answer. A late answer to an earlier attempt counts as well: the work is the same.
     *
     * @return whether anything changed (false for an answer already recorded, or a step this saga does not have)
     */
    boolean complete(String step, Instant now) {
        Optional<SagaStepState> found = steps.stream().filter(s -> s.step().equals(step)).findFirst();
        if (found.isEmpty() || SUPERSEDED.equals(status) || !found.get().complete(now)) {
            return false;
        }
        settle(now);
        return true;
    }

    /**
     * Asks again every step whose answer is overdue, or marks it stuck, with {@code why}'s reason, once its
     * {@code attempts} are used up.
     */
    List<SagaStepRequested> retryOverdue(Instant now, Duration timeout, int attempts,
                                         BiFunction<String, Integer, String> why) {
        if (!isOpen()) {
            return List.of();
        }
        List<SagaStepRequested> again = new ArrayList<>();
        for (SagaStepState step : steps) {
            if (!step.overdue(now, timeout)) {
                continue;
            }
            if (step.exhausted(attempts)) {
                step.stick(why.apply(step.step(), step.attempt()));
            } else {
                step.requestAgain(now);
                again.add(request(step));
            }
        }
        settle(now);
        return again;
    }

    /** An operator's resume: every stuck step is asked again with its whole budget of attempts. */
    List<SagaStepRequested> resume(String operator, Instant now) {
        if (!STUCK.equals(status)) {
            throw new IllegalStateException("saga " + id + " is " + status + ", not stuck");
        }
        List<SagaStepRequested> again = new ArrayList<>();
        for (SagaStepState step : steps) {
            if (SagaStepState.STUCK.equals(step.status())) {
                step.resume(now);
                again.add(request(step));
            }
        }
        resumedBy = operator;
        resumedAt = now;
        settle(now);
        return again;
    }

    /** A later saga about the member makes this one moot: nothing more is asked. */
    void supersede(Instant now) {
        if (isOpen()) {
            status = SUPERSEDED;
            finishedAt = now;
        }
    }

    boolean isOpen() {
        return RUNNING.equals(status) || STUCK.equals(status);
    }

    private void settle(Instant now) {
        boolean allDone = steps.stream().allMatch(s -> SagaStepState.DONE.equals(s.status()));
        boolean anyStuck = steps.stream().anyMatch(s -> SagaStepState.STUCK.equals(s.status()));
        status = allDone ? DONE : anyStuck ? STUCK : RUNNING;
        finishedAt = allDone ? now : null;
    }

    private SagaStepRequested request(SagaStepState step) {
        return new SagaStepRequested(id, step.step(), kind().action(), userId, username, step.attempt());
    }

    public UUID id() {
        return id;
    }

    public SagaKind kind() {
        return SagaKind.ofColumn(kind);
    }

    public UUID userId() {
        return userId;
    }

    public String status() {
        return status;
    }

    public List<SagaStepState> steps() {
        return List.copyOf(steps);
    }

    SagaView view() {
        return new SagaView(id, kind, userId, status, startedAt, finishedAt, resumedBy, resumedAt,
                steps.stream().map(SagaStepState::view).toList());
    }
}
