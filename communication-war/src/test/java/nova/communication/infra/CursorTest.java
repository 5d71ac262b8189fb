package nova.communication.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.UUID;
import nova.platform.problem.Rejection;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void anInstantCursorReadsBackToTheMicrosecond() {
        Instant at = Instant.parse("2026-12-06T18:00:00.123456Z");
        UUID id = UUID.randomUUID();

        Cursor read = Cursor.decode(Cursor.of(at, id).encode());

        assertEquals(at, read.instant());
        assertEquals(id, read.id());
    }

    @Test
    void noCursorIsTheFirstPageAndAForgedOneIsRefusedOnAfter() {
        assertNull(Cursor.decode(null));
        Rejection refused = assertThrows(Rejection.class, () -> Cursor.decode("bm90LWEtY3Vyc29y"));
        assertEquals("after", refused.errors().get(0).field());
    }

    @Test
    void aLimitOutsideOneToHundredIsRefused() {
        assertEquals(20, Ids.limit(null));
        assertEquals(100, Ids.limit(100));
        assertThrows(Rejection.class, () -> Ids.limit(0));
        assertThrows(Rejection.class, () -> Ids.limit(101));
    }
}
