package nova.social.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.UUID;
import nova.platform.problem.Rejection;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void aCursorReadsBackAsThePositionItWasMadeFromToTheMicrosecond() {
        PageRequest.Position end = new PageRequest.Position(Instant.parse("2026-12-06T18:00:00.123456Z"), UUID.randomUUID());

        PageRequest next = PageRequest.of(end.encode(), 5);

        assertEquals(end, next.after());
        assertEquals(5, next.limit());
    }

    @Test
    void theFirstPageHasNoPositionAndTwentyItemsByDefault() {
        PageRequest first = PageRequest.of(null, null);
        assertNull(first.after());
        assertEquals(20, first.limit());
    }

    @Test
    void aLimitOutOfRangeOrAForeignCursorIsInvalidInput() {
        assertEquals("limit", assertThrows(Rejection.class, () -> PageRequest.of(null, 0)).errors().get(0).field());
        assertEquals("limit", assertThrows(Rejection.class, () -> PageRequest.of(null, 101)).errors().get(0).field());
        assertEquals("after", assertThrows(Rejection.class, () -> PageRequest.of("bm90LWEtY3Vyc29y", 10)).errors().get(0).field());
        assertEquals("after", assertThrows(Rejection.class, () -> PageRequest.of("%%%", 10)).errors().get(0).field());
    }
}
