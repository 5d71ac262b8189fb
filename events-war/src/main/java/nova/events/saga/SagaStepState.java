package nova.events.saga;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One context's part in a saga ({@code saga_steps}): requested (with its last attempt), done, or stuck with the
 * reason. Changed only through its {@link Saga}.
 */
@Entity
@Table(name = "saga_steps")
public class SagaStepState {

    static final String REQUESTED = "requested";
    static final String DONE = "done";
    static final String STUCK = "stuck";

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "saga_id", nullable = false)
    private Saga saga;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String step;

    @Column(nullable = false)
    private String status;

    @Column(nullable = false)
    private int attempt;

    @Column(name = "attempt_base", nullable = false)
    private int attemptBase;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    private String reason;

    protected SagaStepState() {
        // JPA
    }

    SagaStepState(Saga saga, int position, String step, Instant now) {
        this.id = UUID.randomUUID();
        this.saga = saga;
        this.position = position;
        this.step = step;
        this.status = REQUESTED;
        this.attempt = 1;
        this.requestedAt = now;
    }

    /** Records the context's answer; a step answered already (an earlier attempt's late answer) stays as it is. */
    boolean complete(Instant now) {
        if (DONE.equals(status)) {
            return false;
        }
        status = DONE;
        completedAt = now;
        reason = null;
        return true;
    }

    /** Whether the step has waited for its answer longer than {@code timeout}. */
    boolean overdue(Instant now, Duration timeout) {
        return REQUESTED.equals(status) && !requestedAt.plus(timeout).isAfter(now);
    }

    /** Whether the attempts since the start, or the last resume, are used up. */
    boolean exhausted(int attempts) {
        return attempt - attemptBase >= attempts;
    }

    /** Asks again: the next attempt, from now. */
    int requestAgain(Instant now) {
        attempt++;
        status = REQUESTED;
        requestedAt = now;
        return attempt;
    }

    void stick(String why) {
        status = STUCK;
        reason = why;
    }

    /** A resume gives the step its whole budget again, from its next attempt. */
    int resume(Instant now) {
        attemptBase = attempt;
        reason = null;
        return requestAgain(now);
    }

    public UUID id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String step() {
        return step;
    }

    public String status() {
        return status;
    }

    public int attempt() {
        return attempt;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String reason() {
        return reason;
    }

    SagaView.Step view() {
        return new SagaView.Step(step, status, attempt, requestedAt, completedAt, reason);
    }
}
