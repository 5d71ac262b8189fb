package nova.content.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nova.platform.problem.Rejection;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void aCursorNamesTheLastItemToTheMicrosecond() {
        Instant at = Instant.parse("2026-12-06T12:00:00.123456Z");
        UUID id = UUID.randomUUID();
        Page page = Page.of(Page.cursor(at, id), 5);
        assertEquals(at, page.beforeAt());
        assertEquals(id, page.beforeId());
        assertEquals(5, page.limit());
    }

    @Test
    void theFirstPageHasTwentyByDefaultAndLimitsOutside1To100AreRefused() {
        assertTrue(Page.of(null, null).first());
        assertEquals(20, Page.of(null, null).limit());
        assertThrows(Rejection.class, () -> Page.of(null, 0));
        assertThrows(Rejection.class, () -> Page.of(null, 101));
        assertThrows(Rejection.class, () -> Page.of("garbage!", 10));
    }

    @Test
    void batchIdsAreOneToAHundredDistinctUuids() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        assertEquals(List.of(b, a), ItemIds.parseList(b + ", " + a));
        assertThrows(Rejection.class, () -> ItemIds.parseList(a + "," + a));
        assertThrows(Rejection.class, () -> ItemIds.parseList(""));
        assertThrows(Rejection.class, () -> ItemIds.parseList("1-2-3-4-5"));
    }
}
