package nova.communication.push;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One Web Push to send ({@code push_queue}): {@code pending → sending → sent | failed}. A claimed push holds a lease;
 * a server killed while sending leaves it {@code sending}, and the next claim after the lease takes it again (a push
 * may then arrive twice: the payload's notification id tells).
 */
@Entity
@Table(name = "push_queue")
public class QueuedPush {

    static final String PENDING = "pending";
    static final String SENDING = "sending";
    static final String SENT = "sent";
    static final String FAILED = "failed";

    @Id
    private UUID id;

    @Column(name = "token_id", nullable = false)
    private UUID tokenId;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(nullable = false)
    private String payload;

    @Column(nullable = false)
    private String status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "done_at")
    private Instant doneAt;

    protected QueuedPush() {
    }

    static QueuedPush pending(UUID tokenId, UUID userId, String payload, Instant now) {
        QueuedPush push = new QueuedPush();
        push.id = UUID.randomUUID();
        push.tokenId = tokenId;
        push.userId = userId;
        push.payload = payload;
        push.status = PENDING;
        push.nextAttemptAt = now;
        push.createdAt = now;
        return push;
    }

    void claim(Instant now, Duration lease) {
        status = SENDING;
        attempts++;
        leaseUntil = now.plus(lease);
    }

    void sent(int httpStatus, Instant now) {
        status = SENT;
        lastStatus = httpStatus;
        doneAt = now;
        leaseUntil = null;
        payload = ""; // the notification's text: not kept once out
    }

    /**
     * Pending again after {@code backoff × 2^(attempts-1)} when {@code retryable} and attempts are left, else failed
     * for good (payload cleared); returns whether it failed for good.
     */
    boolean attemptFailed(int httpStatus, String error, boolean retryable, int maxAttempts, Duration backoff, Instant now) {
        lastStatus = httpStatus == 0 ? null : httpStatus;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        leaseUntil = null;
        if (!retryable || attempts >= maxAttempts) {
            status = FAILED;
            doneAt = now;
            payload = "";
            return true;
        }
        status = PENDING;
        nextAttemptAt = now.plus(backoff.multipliedBy(1L << Math.min(attempts - 1, 16)));
        return false;
    }

    UUID id() {
        return id;
    }

    UUID tokenId() {
        return tokenId;
    }

    UUID userId() {
        return userId;
    }

    String payload() {
        return payload;
    }

    String status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }
}
