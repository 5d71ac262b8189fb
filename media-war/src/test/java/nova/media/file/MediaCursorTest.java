package nova.media.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.UUID;
import nova.media.infra.MediaIds;
import nova.platform.problem.Rejection;
import org.junit.jupiter.api.Test;

class MediaCursorTest {

    @Test
    void aCursorReadsBackToTheMicrosecond() {
        MediaCursor cursor = new MediaCursor(Instant.parse("2026-12-06T12:00:00.123456Z"), UUID.randomUUID());
        assertEquals(cursor, MediaCursor.decode(cursor.encode()));
    }

    @Test
    void anythingElseIsInvalidInputOnAfter() {
        Rejection refused = assertThrows(Rejection.class, () -> MediaCursor.decode("not a cursor"));
        assertEquals("after", refused.errors().get(0).field());
    }

    @Test
    void idListsAreOneToAHundredDistinctUuids() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        assertEquals(java.util.List.of(a, b), MediaIds.parseList(a + ", " + b));
        for (String bad : new String[] {null, "", "x", a + "," + a,
                String.join(",", java.util.Collections.nCopies(101, UUID.randomUUID().toString()))}) {
            assertEquals("ids", assertThrows(Rejection.class, () -> MediaIds.parseList(bad)).errors().get(0).field());
        }
    }
}
