package nova.events.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nova.platform.problem.Rejection;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LogCursorTest {

    @Test
    void aCursorReadsBackAsWhereThePageEnded() {
        LogCursor cursor = new LogCursor(Instant.parse("2026-12-06T12:00:00.123456Z"), UUID.randomUUID());
        String text = cursor.encode();
        assertTrue(text.matches("[A-Za-z0-9_-]+"), "safe in a query string as it is: " + text);
        assertEquals(cursor, LogCursor.decode(text));
    }

    @Test
    void aCursorTheLogDidNotGiveIsRefused() {
        for (String bad : new String[] {"garbage!", "bm90IGEgY3Vyc29y", "MjAyNi0xMi0wNlQxMjowMDowMFp8bm90LWFuLWlk"}) {
            assertThrows(IllegalArgumentException.class, () -> LogCursor.decode(bad), bad);
        }
    }

    @Test
    void aTraceFilterTakesOnlyAW3cTraceId() {
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        assertEquals(trace, EventLogResource.filter(null, null, trace, null, null).traceId());
        for (String bad : new String[] {"4BF92F3577B34DA6A3CE929D0E0E4736", "0".repeat(32), "4bf92f35", trace + "0"}) {
            assertThrows(Rejection.class, () -> EventLogResource.filter(null, null, bad, null, null), bad);
        }
        assertThrows(Rejection.class,
                () -> EventLogResource.filter(null, null, null, "2026-01-02T00:00:00Z", "2026-01-01T00:00:00Z"));
    }
}
