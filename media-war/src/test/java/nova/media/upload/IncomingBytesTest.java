package nova.media.upload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import nova.platform.problem.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncomingBytesTest {

    @TempDir
    Path dir;

    @Test
    void theBodyIsWrittenAndHashedAndTheHeadShownFirst() throws Exception {
        byte[] body = new byte[300_000];
        new Random(1).nextBytes(body);
        Path file = dir.resolve("in");

        IncomingBytes.Received<Integer> received = IncomingBytes.receive(new ByteArrayInputStream(body), file,
                head -> new IncomingBytes.Decision<>(head.length, 1_000_000));

        assertEquals(IncomingBytes.HEAD, received.decision());
        assertEquals(body.length, received.size());
        assertArrayEquals(body, Files.readAllBytes(file));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)), received.sha256());
    }

    @Test
    void aBodyPassingTheLimitIsCutOffWithoutBeingReadToItsEnd() {
        long[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                served[0] += len;
                return len;
            }
        };

        Rejection refused = assertThrows(Rejection.class, () -> IncomingBytes.receive(endless, dir.resolve("in"),
                head -> new IncomingBytes.Decision<>("x", 100_000)));

        assertEquals(413, refused.problem().status());
        assertEquals(true, served[0] < 200_000, "read " + served[0] + " bytes of an endless body");
    }

    @Test
    void theDecisionOnTheHeadCanRefuseBeforeTheRestIsRead() {
        Rejection refused = assertThrows(Rejection.class, () -> IncomingBytes.receive(
                new ByteArrayInputStream("<svg onload=alert(1)>".getBytes()), dir.resolve("in"),
                head -> {
                    throw nova.media.infra.Refusals.unsupportedType();
                }));
        assertEquals(415, refused.problem().status());
    }
}
