package nova.media.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void rangesOfAHundredByteFile() {
        assertEquals(new ByteRange(0, 9), part("bytes=0-9"));
        assertEquals(new ByteRange(90, 99), part("bytes=90-"));
        assertEquals(new ByteRange(80, 99), part("bytes=-20"));
        assertEquals(new ByteRange(0, 99), part("bytes=-500"));
        assertEquals(new ByteRange(50, 99), part("bytes=50-1000"));
    }

    @Test
    void outsideTheFileIsUnsatisfiable() {
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.parse("bytes=100-", 100));
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.parse("bytes=-0", 100));
    }

    @Test
    void anythingElseIsTheWholeFile() {
        for (String header : new String[] {null, "", "items=0-1", "bytes=0-1,5-6", "bytes=9-2", "bytes=a-b", "bytes=-"}) {
            assertInstanceOf(ByteRange.Whole.class, ByteRange.parse(header, 100), String.valueOf(header));
        }
    }

    @Test
    void anETagMatchesExactlyWeaklyOrByStar() {
        assertTrue(FileResource.matches("\"abc\"", "\"abc\""));
        assertTrue(FileResource.matches("\"x\", W/\"abc\"", "\"abc\""));
        assertTrue(FileResource.matches("*", "\"abc\""));
        assertEquals(false, FileResource.matches("\"abd\"", "\"abc\""));
        assertEquals(false, FileResource.matches(null, "\"abc\""));
    }

    private static ByteRange part(String header) {
        return assertInstanceOf(ByteRange.Part.class, ByteRange.parse(header, 100)).range();
    }
}
