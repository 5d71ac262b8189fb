package nova.media.transcode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The processing of one file ({@code transcode_jobs}): {@code queued → in_progress → complete | failed}. A
 * claimed job holds a lease, renewed as it makes progress; a server killed mid-job leaves it
 * {@code in_progress} with a lease that runs out, and the next claim (by any server, or this one restarted)
 * takes it again. A failed attempt is retried after a back-off that doubles, until the attempts run out.
 */
@Entity
@Table(name = "transcode_jobs")
public class TranscodeJob {

    public static final String QUEUED = "queued";
    public static final String IN_PROGRESS = "in_progress";
    public static final String COMPLETE = "complete";
    public static final String FAILED = "failed";

    /** The longest a stored error says (never a user's file name: the processing classes keep them out). */
    static final int ERROR_MAX = 500;

    @Id
    @Column(name = "media_id")
    private UUID mediaId;

    @Column(nullable = false)
    private String status;

    @Column(nullable = false)
    private int attempts;

    @Column(nullable = false)
    private double progress;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TranscodeJob() {
    }

    public static TranscodeJob queued(UUID mediaId, Instant now) {
        TranscodeJob job = new TranscodeJob();
        job.mediaId = mediaId;
        job.status = QUEUED;
        job.nextAttemptAt = now;
        job.createdAt = now;
        job.updatedAt = now;
        return job;
    }

    /** Whether it may be claimed at {@code now}: queued and due, or in progress with its lease run out. */
    public boolean isClaimable(Instant now) {
        return QUEUED.equals(status) && !nextAttemptAt.isAfter(now)
                || IN_PROGRESS.equals(status) && leaseUntil != null && leaseUntil.isBefore(now);
    }

    /** A worker takes it for {@code lease}; this is attempt number {@link #attempts()}. */
    public void claim(Instant now, Duration lease) {
        status = IN_PROGRESS;
        attempts++;
        progress = 0;
        leaseUntil = now.plus(lease);
        updatedAt = now;
    }

    /** The worker is still at it: how far, and the lease renewed. */
    public void advance(double fraction, Instant now, Duration lease) {
        progress = Math.max(0, Math.min(1, fraction));
        leaseUntil = now.plus(lease);
        updatedAt = now;
    }

    public void complete(Instant now) {
        status = COMPLETE;
        progress = 1;
        leaseUntil = null;
        updatedAt = now;
    }

    /**
     * The attempt failed: queued again after {@code backoff × 2^(attempts-1)}, or failed for good when
     * {@code permanent} or the attempts are used up. Returns whether it failed for good.
     */
    public boolean attemptFailed(String error, boolean permanent, int maxAttempts, Duration backoff, Instant now) {
        lastError = error == null ? null : error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX);
        leaseUntil = null;
        updatedAt = now;
        if (permanent || attempts >= maxAttempts) {
            status = FAILED;
            return true;
        }
        status = QUEUED;
        nextAttemptAt = now.plus(backoff.multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1))));
        return false;
    }

    public UUID mediaId() {
        return mediaId;
    }

    public String status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public double progress() {
        return progress;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant leaseUntil() {
        return leaseUntil;
    }

    public String lastError() {
        return lastError;
    }
}
