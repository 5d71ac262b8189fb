package nova.identity.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FailureWindowTest {

    static final Instant START = Instant.parse("2026-11-25T12:00:00Z");
    static final int LIMIT = 100;

    @Test
    void aWindowLastsOneHourFromItsFirstFailure() {
        FailureWindow first = FailureWindow.first(START);
        assertEquals(new FailureWindow(1, START), first);
        assertEquals(START.plus(Duration.ofHours(1)), first.endsAt());
        assertFalse(first.hasEndedAt(START.plus(Duration.ofMinutes(59)).plusSeconds(59)));
        assertTrue(first.hasEndedAt(START.plus(Duration.ofHours(1))), "the end itself belongs to the next");
    }

    @Test
    void failuresWithinTheWindowAddUpAndKeepItsStart() {
        FailureWindow window = FailureWindow.first(START)
                .afterFailureAt(START.plusSeconds(10))
                .afterFailureAt(START.plus(Duration.ofMinutes(59)));
        assertEquals(new FailureWindow(3, START), window);
    }

    @Test
    void theFirstFailureAfterTheWindowBeginsANewOne() {
        Instant later = START.plus(Duration.ofHours(1));
        assertEquals(new FailureWindow(1, later), new FailureWindow(99, START).afterFailureAt(later));
        assertEquals(new FailureWindow(1, later.plusSeconds(5)), new FailureWindow(500, START).afterFailureAt(later.plusSeconds(5)));
    }

    @Test
    void belowTheLimitNobodyWaits() {
        assertEquals(Optional.empty(), new FailureWindow(LIMIT - 1, START).waitAt(START.plusSeconds(1), LIMIT));
    }

    @Test
    void atTheLimitEveryAttemptWaitsForTheWindowsEnd() {
        FailureWindow full = new FailureWindow(LIMIT, START);
        assertEquals(Optional.of(Duration.ofMinutes(50)), full.waitAt(START.plus(Duration.ofMinutes(10)), LIMIT));
        assertEquals(Optional.of(Duration.ofSeconds(1)), full.waitAt(full.endsAt().minusSeconds(1), LIMIT));
        assertEquals(Optional.empty(), full.waitAt(full.endsAt(), LIMIT), "free again when it ends");
        assertEquals(Optional.of(Duration.ofHours(1)), new FailureWindow(LIMIT + 7, START).waitAt(START, LIMIT));
    }

    @Test
    void theHundredAndFirstAttemptIsTheFirstToWait() {
        FailureWindow window = null;
        Instant now = START;
        for (int failure = 1; failure <= LIMIT; failure++) {
            assertTrue(window == null || window.waitAt(now, LIMIT).isEmpty(), "attempt " + failure + " goes ahead");
            window = window == null ? FailureWindow.first(now) : window.afterFailureAt(now);
            now = now.plusSeconds(1);
        }
        assertTrue(window.waitAt(now, LIMIT).isPresent(), "attempt " + (LIMIT + 1) + " waits");
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUpAndNeverZero() {
        assertEquals(1, FailureWindow.retryAfterSeconds(Duration.ofMillis(1)));
        assertEquals(1, FailureWindow.retryAfterSeconds(Duration.ZERO));
        assertEquals(59, FailureWindow.retryAfterSeconds(Duration.ofSeconds(59)));
        assertEquals(60, FailureWindow.retryAfterSeconds(Duration.ofSeconds(59).plusNanos(1)));
        assertEquals(3600, FailureWindow.retryAfterSeconds(Duration.ofHours(1)));
    }
}
