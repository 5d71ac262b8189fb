package nova.media.transcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TranscodeJobTest {

    static final Instant T0 = Instant.parse("2026-12-06T12:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(2);

    @Test
    void aClaimedJobIsTakenAgainOnlyOnceItsLeaseRunsOut() {
        TranscodeJob job = TranscodeJob.queued(UUID.randomUUID(), T0);
        assertTrue(job.isClaimable(T0));
        job.claim(T0, LEASE);
        assertFalse(job.isClaimable(T0.plusSeconds(60)));
        job.advance(0.5, T0.plusSeconds(60), LEASE);
        assertFalse(job.isClaimable(T0.plusSeconds(150)), "progress renewed the lease");
        assertTrue(job.isClaimable(T0.plusSeconds(181)), "a worker that died leaves a lease that runs out");
    }

    @Test
    void failedAttemptsBackOffDoublingThenFailForGood() {
        TranscodeJob job = TranscodeJob.queued(UUID.randomUUID(), T0);
        Duration backoff = Duration.ofSeconds(5);
        job.claim(T0, LEASE);
        assertFalse(job.attemptFailed("boom", false, 3, backoff, T0));
        assertEquals(T0.plusSeconds(5), job.nextAttemptAt());
        job.claim(T0.plusSeconds(5), LEASE);
        assertFalse(job.attemptFailed("boom", false, 3, backoff, T0.plusSeconds(5)));
        assertEquals(T0.plusSeconds(15), job.nextAttemptAt());
        job.claim(T0.plusSeconds(15), LEASE);
        assertTrue(job.attemptFailed("boom", false, 3, backoff, T0.plusSeconds(15)));
        assertEquals(TranscodeJob.FAILED, job.status());
        assertFalse(job.isClaimable(T0.plusSeconds(9999)));
    }

    @Test
    void anUnreadableFileFailsAtOnceAndLongErrorsAreCut() {
        TranscodeJob job = TranscodeJob.queued(UUID.randomUUID(), T0);
        job.claim(T0, LEASE);
        assertTrue(job.attemptFailed("x".repeat(2000), true, 4, Duration.ofSeconds(5), T0));
        assertEquals(TranscodeJob.ERROR_MAX, job.lastError().length());
    }
}
