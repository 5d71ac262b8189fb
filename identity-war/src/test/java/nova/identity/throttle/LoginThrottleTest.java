package nova.identity.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    final LoginThrottle throttle = new LoginThrottle();

    LoginThrottleTest() {
        throttle.maxPerName = 100;
        throttle.maxPerAddress = 300;
    }

    @Test
    void aNameCountsAsTypedIgnoringCaseAndBlanks() {
        assertEquals(LoginKey.name("Ada.Lovelace@Example.org"), LoginKey.name("  ada.lovelace@example.org "));
        assertEquals(LoginKey.name("Ada"), LoginKey.name("ada"));
        assertNotEquals(LoginKey.name("ada"), LoginKey.name("ada@example.org"), "username and email are two names");
        assertNotEquals(LoginKey.name("198.18.0.1"), LoginKey.address("198.18.0.1"), "a name is not an address");
    }

    @Test
    void anAttemptCountsAgainstItsNameAndItsAddressWhenKnown() {
        assertEquals(List.of(LoginKey.name("ada"), LoginKey.address("198.18.0.1")), LoginThrottle.keysOf("ada", "198.18.0.1"));
        assertEquals(List.of(LoginKey.name("ada")), LoginThrottle.keysOf("ada", null));
        assertEquals(List.of(LoginKey.name("ada")), LoginThrottle.keysOf("ada", " "));
    }

    @Test
    void theStoredKeyRevealsNeitherNameNorPassword() {
        LoginKey key = LoginKey.name("correct horse battery staple");
        assertEquals(32, key.hash().length);
        assertFalse(key.toString().contains("horse"));
    }

    @Test
    void aNameWaitsAfterOneHundredFailuresAnAddressAfterThreeHundred() {
        LoginKey name = LoginKey.name("ada");
        LoginKey address = LoginKey.address("198.18.0.1");
        FailureWindow hundred = new FailureWindow(100, NOW.minusSeconds(600));

        assertEquals(Optional.of(Duration.ofMinutes(50)), throttle.waitFor(Map.of(name, hundred), NOW));
        assertEquals(Optional.empty(), throttle.waitFor(Map.of(address, hundred), NOW));
        assertEquals(Optional.of(Duration.ofMinutes(50)),
                throttle.waitFor(Map.of(address, new FailureWindow(300, NOW.minusSeconds(600))), NOW));
        assertEquals(Optional.empty(), throttle.waitFor(Map.of(), NOW), "no failures, no wait");
    }

    @Test
    void whenBothLimitsHoldTheLongerWaitIsTold() {
        Map<LoginKey, FailureWindow> windows = Map.of(
                LoginKey.name("ada"), new FailureWindow(100, NOW.minus(Duration.ofMinutes(50))),
                LoginKey.address("198.18.0.1"), new FailureWindow(300, NOW.minus(Duration.ofMinutes(5))));
        assertEquals(Optional.of(Duration.ofMinutes(55)), throttle.waitFor(windows, NOW));
    }

    @Test
    void anAttemptOverALimitIsRefusedWithTheSecondsToWait() {
        throttle.store = storeWith(Map.of(LoginKey.address("198.18.0.1"),
                new FailureWindow(300, NOW.minus(Duration.ofMinutes(30)).minusMillis(500))));
        TooManyAttempts refused = assertThrows(TooManyAttempts.class, () -> throttle.admit("ada", "198.18.0.1", NOW));
        assertEquals(1800, refused.retryAfterSeconds(), "29 min 59.5 s, rounded up");
    }

    @Test
    void anAttemptLetThroughKnowsWhetherItsNameHasFailuresToClear() throws Exception {
        throttle.store = storeWith(Map.of(LoginKey.name("ada"), new FailureWindow(3, NOW.minusSeconds(60)),
                LoginKey.name("bob"), new FailureWindow(100, NOW.minus(Duration.ofHours(2)))));
        assertTrue(throttle.admit("Ada", "198.18.0.1", NOW).nameHasFailures());
        assertFalse(throttle.admit("bob", "198.18.0.1", NOW).nameHasFailures(), "an ended window counts no more");
        assertFalse(throttle.admit("cy", null, NOW).nameHasFailures());
    }

    /** The table as it would answer for these windows. */
    static LoginFailureRepository storeWith(Map<LoginKey, FailureWindow> rows) {
        return new LoginFailureRepository() {
            @Override
            public Map<LoginKey, FailureWindow> windowsOf(Collection<LoginKey> keys) {
                Map<LoginKey, FailureWindow> found = new HashMap<>();
                keys.forEach(key -> {
                    if (rows.containsKey(key)) {
                        found.put(key, rows.get(key));
                    }
                });
                return found;
            }
        };
    }

    @Test
    void tooManyAttemptsIsA429ThatSaysWhenButNotWhy() {
        TooManyAttempts refused = new TooManyAttempts(120);
        assertEquals(429, refused.problem().status());
        assertEquals("https://nova.dev/problems/too-many-attempts", refused.problem().type().toString());
        assertEquals(120, refused.retryAfterSeconds());
        assertEquals(List.of(), refused.errors());
    }
}
