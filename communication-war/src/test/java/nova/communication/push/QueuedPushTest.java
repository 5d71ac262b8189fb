package nova.communication.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QueuedPushTest {

    static final Instant T = Instant.parse("2026-12-06T12:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(1);
    static final Duration BACKOFF = Duration.ofSeconds(2);

    @Test
    void aRetryableFailureWaitsADoublingBackoffThenFailsForGoodAtTheLastAttempt() {
        QueuedPush push = QueuedPush.pending(UUID.randomUUID(), UUID.randomUUID(), "{\"text\":\"hi\"}", T);
        push.claim(T, LEASE);
        assertFalse(push.attemptFailed(503, "busy", true, 3, BACKOFF, T));
        assertEquals("pending", push.status());
        assertEquals(T.plusSeconds(2), push.nextAttemptAt());
        push.claim(T.plusSeconds(2), LEASE);
        assertFalse(push.attemptFailed(429, "busy", true, 3, BACKOFF, T.plusSeconds(2)));
        assertEquals(T.plusSeconds(2 + 4), push.nextAttemptAt());
        push.claim(T.plusSeconds(6), LEASE);
        assertTrue(push.attemptFailed(503, "busy", true, 3, BACKOFF, T.plusSeconds(6)));
        assertEquals("failed", push.status());
        assertEquals(3, push.attempts());
        assertEquals("", push.payload(), "the notification's text is not kept once given up");
    }

    @Test
    void aRefusalFailsAtOnceAndAnAcceptedPushIsSentWithoutItsPayload() {
        QueuedPush refused = QueuedPush.pending(UUID.randomUUID(), UUID.randomUUID(), "{}", T);
        refused.claim(T, LEASE);
        assertTrue(refused.attemptFailed(400, "refused", false, 5, BACKOFF, T));
        assertEquals("failed", refused.status());
        assertEquals(1, refused.attempts());

        QueuedPush accepted = QueuedPush.pending(UUID.randomUUID(), UUID.randomUUID(), "{}", T);
        accepted.claim(T, LEASE);
        accepted.sent(201, T);
        assertEquals("sent", accepted.status());
        assertEquals("", accepted.payload());
    }

    @Test
    void aPhoneNumberIsShownByItsLastTwoDigitsOnly() {
        assertEquals("+•••••••••••55", StoredSmsNumber.mask("+4915122334455"));
        assertEquals("+•••••67", StoredSmsNumber.mask("+1234567"));
    }
}
