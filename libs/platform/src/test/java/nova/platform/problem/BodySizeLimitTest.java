package nova.platform.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.JsonbException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BodySizeLimitTest {

    @Test
    void aBodyUpToTheLimitReadsWhole() throws IOException {
        byte[] body = new byte[100];
        try (InputStream in = new BodySizeLimit.Counted(new ByteArrayInputStream(body), 100)) {
            assertArrayEquals(body, in.readAllBytes());
        }
    }

    @Test
    void oneByteOverTheLimitIsRefusedWhileReading() {
        InputStream in = new BodySizeLimit.Counted(new ByteArrayInputStream(new byte[101]), 100);
        assertThrows(BodySizeLimit.TooLarge.class, in::readAllBytes);
    }

    @Test
    void singleByteReadsCountToo() throws IOException {
        InputStream in = new BodySizeLimit.Counted(new ByteArrayInputStream(new byte[3]), 2);
        in.read();
        in.read();
        assertThrows(BodySizeLimit.TooLarge.class, in::read);
    }

    @Test
    void theRefusalIsFoundHoweverTheJsonReaderWrappedIt() {
        BodySizeLimit.TooLarge tooLarge = BodySizeLimit.tooLarge(10);
        Throwable wrapped = new RuntimeException(new JsonbException("could not read", tooLarge));
        assertSame(tooLarge, ProblemMappers.causeOf(wrapped, BodySizeLimit.TooLarge.class));
        assertEquals("The request body is larger than 10 bytes.", tooLarge.getMessage());
    }

    @Test
    void onlyADeclaredNumberCountsAsALength() {
        assertEquals(2_000_000, BodySizeLimit.declaredLength(" 2000000 "));
        assertEquals(-1, BodySizeLimit.declaredLength(null));
        assertEquals(-1, BodySizeLimit.declaredLength(""));
        assertEquals(-1, BodySizeLimit.declaredLength("chunked"));
        assertEquals(2_000_000, BodySizeLimit.declaredLength("2000000,2000000"));
        assertEquals(-1, BodySizeLimit.declaredLength("5,2000000"));
    }

    @Test
    void onlyThePathsNamedLimitTheirOwnBodies() {
        BodySizeLimit limit = new BodySizeLimit(100, java.util.List.of(" /media/uploads/ "));

        assertEquals(true, limit.limitsItsOwnBody("/media/uploads/abc.def"));
        assertEquals(true, limit.limitsItsOwnBody("media/uploads/abc.def"));
        assertEquals(false, limit.limitsItsOwnBody("/media/uploads"), "the ticket request is JSON and keeps the limit");
        assertEquals(false, limit.limitsItsOwnBody("/media/uploads/../x"));
        assertEquals(false, limit.limitsItsOwnBody("/users/me/profile"));
        assertEquals(false, new BodySizeLimit(100).limitsItsOwnBody("/media/uploads/abc"), "nothing is exempt by default");
    }
}
