package nova.content.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nova.platform.problem.Rejection;
import org.junit.jupiter.api.Test;

class IdempotencyRecordTest {

    final Instant now = Instant.parse("2026-12-06T12:00:00Z");
    final UUID post = UUID.randomUUID();
    final IdempotencyRecord record = new IdempotencyRecord(UUID.randomUUID(), "k1", PostContentTest.text("hello"), post, now);

    @Test
    void theSameDraftAnswersThePostItMade() {
        assertEquals(post, record.replay(PostContentTest.text("hello")));
    }

    @Test
    void anotherDraftUnderTheSameKeyIsAConflict() {
        Rejection refused = assertThrows(Rejection.class, () -> record.replay(PostContentTest.text("hello!")));
        assertEquals(409, refused.problem().status());
        assertTrue(refused.problem().type().toString().endsWith("idempotency-conflict"), refused.problem().type().toString());
    }

    @Test
    void aKeyLastsADay() {
        assertFalse(record.expiredAt(now.plus(Duration.ofHours(23))));
        assertTrue(record.expiredAt(now.plus(Duration.ofHours(25))));
    }

    @Test
    void aKeyIsAtMost255Characters() {
        assertEquals(Optional.empty(), IdempotencyRecord.checkedKey(null));
        assertEquals(Optional.of("x".repeat(255)), IdempotencyRecord.checkedKey("x".repeat(255)));
        assertThrows(Rejection.class, () -> IdempotencyRecord.checkedKey("x".repeat(256)));
    }
}
