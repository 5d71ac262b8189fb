package nova.gateway.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The token buckets of the per-address and per-caller limits, on a clock the test moves. */
class RateLimitsTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstIsServedThenTheNextWaitsForItsRefill() {
        RateLimits limits = new RateLimits(2, 5, 100);
        for (int i = 0; i < 5; i++) {
            assertEquals(OptionalLong.empty(), limits.spend("10.0.0.1", 0), "request " + i);
        }
        assertEquals(OptionalLong.of(1), limits.spend("10.0.0.1", 0), "the sixth waits: 2 a second come back");
        assertEquals(OptionalLong.empty(), limits.spend("10.0.0.1", SECOND / 2), "half a second earns one");
        assertTrue(limits.spend("10.0.0.1", SECOND / 2).isPresent());
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        RateLimits limits = new RateLimits(1, 1, 100);
        assertEquals(OptionalLong.empty(), limits.spend("a", 0));
        assertTrue(limits.spend("a", 0).isPresent());
        assertEquals(OptionalLong.empty(), limits.spend("b", 0), "another address or caller is not slowed");
    }

    @Test
    void theRetryHintIsTheWholeSecondsUntilOneIsEarned() {
        RateLimits slow = new RateLimits(0.1, 1, 100);
        slow.spend("a", 0);
        assertEquals(OptionalLong.of(10), slow.spend("a", 0));
        assertEquals(OptionalLong.of(5), slow.spend("a", 5 * SECOND));
    }

    @Test
    void aBucketNeverHoldsMoreThanItsBurst() {
        RateLimits limits = new RateLimits(100, 3, 100);
        limits.spend("a", 0);
        for (int i = 0; i < 3; i++) {
            assertEquals(OptionalLong.empty(), limits.spend("a", 3600 * SECOND));
        }
        assertTrue(limits.spend("a", 3600 * SECOND).isPresent());
    }

    @Test
    void aRateOfZeroSwitchesTheLimitOff() {
        RateLimits off = new RateLimits(0, 1, 100);
        for (int i = 0; i < 1000; i++) {
            assertEquals(OptionalLong.empty(), off.spend("a", 0));
        }
    }

    @Test
    void keysBeyondTheBoundAreForgottenLeastRecentlyUsedFirst() {
        RateLimits limits = new RateLimits(1, 1, 2);
        limits.spend("a", 0);
        limits.spend("b", 0);
        limits.spend("c", 0); // "a" is forgotten
        assertEquals(OptionalLong.empty(), limits.spend("a", 0), "a forgotten key starts with a full bucket");
        assertTrue(limits.spend("c", 0).isPresent());
    }

    @Test
    void theCallerIsKeptAsADigestNeverAsItsToken() {
        String key = RateLimitFilter.digest("Bearer secret-token");
        assertTrue(!key.contains("secret"));
        assertEquals(key, RateLimitFilter.digest("Bearer secret-token"));
        assertNotEquals(key, RateLimitFilter.digest("Bearer other-token"));
    }
}
