package nova.communication.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QueuedMailTest {

    private final Instant now = Instant.parse("2026-12-06T18:00:00Z");
    private final RenderedMail mail = new RenderedMail(MailKind.RESET, "Reset\r\nBcc: x@example.org", "token", "<p>token</p>");

    @Test
    void eachFailedAttemptWaitsTwiceAsLongThenTheMailFailsAndItsBodiesGo() {
        QueuedMail queued = QueuedMail.queued(UUID.randomUUID(), null, "ada@example.org", mail, now);
        Duration backoff = Duration.ofSeconds(2);

        queued.claim(now, Duration.ofMinutes(1));
        assertFalse(queued.attemptFailed("down", 3, backoff, now));
        assertEquals(now.plusSeconds(2), queued.nextAttemptAt());
        queued.claim(now, Duration.ofMinutes(1));
        assertFalse(queued.attemptFailed("down", 3, backoff, now));
        assertEquals(now.plusSeconds(4), queued.nextAttemptAt());
        assertEquals("token", queued.bodyText());
        queued.claim(now, Duration.ofMinutes(1));
        assertTrue(queued.attemptFailed("down", 3, backoff, now));

        assertEquals(QueuedMail.FAILED, queued.status());
        assertEquals(3, queued.attempts());
        assertNull(queued.bodyText());
        assertNull(queued.bodyHtml());
    }

    @Test
    void aSentMailKeepsNoBody() {
        QueuedMail queued = QueuedMail.queued(UUID.randomUUID(), null, "ada@example.org", mail, now);
        queued.claim(now, Duration.ofMinutes(1));
        queued.sent(now);

        assertEquals(QueuedMail.SENT, queued.status());
        assertNull(queued.bodyText());
        assertNull(queued.bodyHtml());
    }

    @Test
    void aSubjectCannotAddHeaders() {
        QueuedMail queued = QueuedMail.queued(UUID.randomUUID(), null, "ada@example.org", mail, now);

        assertFalse(queued.subject().contains("\n") || queued.subject().contains("\r"), queued.subject());
    }

    @Test
    void aStoredErrorNamesNoAddress() {
        String error = SendingLoop.describe(new IllegalStateException("Invalid Addresses: <ada@example.org>",
                new RuntimeException("550 bob.smith@mail.example.com unknown")));

        assertFalse(error.contains("ada@example.org") || error.contains("bob.smith@"), error);
        assertTrue(error.startsWith("IllegalStateException: Invalid Addresses"), error);
    }
}
