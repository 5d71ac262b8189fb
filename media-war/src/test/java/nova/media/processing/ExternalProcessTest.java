package nova.media.processing;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ExternalProcessTest {

    /** An ffmpeg that never ends on its own: an endless test pattern encoded to nowhere. */
    private static final List<String> ENDLESS = List.of("ffmpeg", "-nostdin", "-v", "error", "-re", "-f", "lavfi", "-i", "testsrc", "-f", "null", "-");

    private static long ffmpegChildren() {
        return ProcessHandle.current().descendants().filter(p -> p.info().command().map(c -> c.endsWith("ffmpeg")).orElse(false)).count();
    }

    @Test
    void aRunPastItsDeadlineIsKilled() {
        ProcessingFailed failed = assertThrows(ProcessingFailed.class, () -> ExternalProcess.run(ENDLESS, Duration.ofMillis(500), 0));
        assertTrue(failed.getMessage().contains("did not finish"), failed.getMessage());
        await().atMost(Duration.ofSeconds(10)).until(() -> ffmpegChildren() == 0);
    }

    @Test
    void interruptingTheCallerCancelsTheRunAndKillsTheProcess() throws Exception {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread job = new Thread(() -> {
            try {
                ExternalProcess.run(ENDLESS, Duration.ofMinutes(5), 0);
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        job.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> ffmpegChildren() == 1);
        job.interrupt();
        job.join(Duration.ofSeconds(10).toMillis());
        assertTrue(thrown.get() instanceof CancellationException, String.valueOf(thrown.get()));
        await().atMost(Duration.ofSeconds(10)).until(() -> ffmpegChildren() == 0);
    }

    @Test
    void largeOutputOnBothStreamsNeverBlocksTheTool() {
        // 40 MB of raw video on stdout and a debug log on stderr, far past any pipe buffer; 1 kB kept
        List<String> loud = List.of("ffmpeg", "-nostdin", "-v", "debug", "-f", "lavfi", "-i", "testsrc=size=640x480:duration=2", "-f", "rawvideo",
                "-pix_fmt", "rgb24", "pipe:1");
        ExternalProcess.Outcome outcome = ExternalProcess.run(loud, Duration.ofSeconds(60), 1024);
        assertEquals(0, outcome.exitCode(), outcome.stderrTail());
        assertEquals(1024, outcome.stdout().length);
        assertTrue(outcome.stderrTail().length() <= 401, "stderr kept short: " + outcome.stderrTail().length());
    }

    @Test
    void linesReachTheConsumerAndAFailingConsumerDoesNotStopTheDrain() {
        AtomicInteger lines = new AtomicInteger();
        List<String> progress = List.of("ffmpeg", "-nostdin", "-v", "error", "-f", "lavfi", "-i", "testsrc=duration=2", "-f", "null", "-progress", "pipe:1", "-");
        ExternalProcess.Outcome outcome = ExternalProcess.run(progress, Duration.ofSeconds(60), line -> {
            lines.incrementAndGet();
            throw new IllegalStateException("a listener that fails");
        });
        assertEquals(0, outcome.exitCode());
        assertTrue(lines.get() > 10, "every line delivered: " + lines.get());
    }

    @Test
    void errorsNameNoFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String secret = dir.resolve("my holiday in Paris.jpg").toString();
        ExternalProcess.Outcome outcome = ExternalProcess.run(List.of("ffprobe", "-v", "error", "file:" + secret), Duration.ofSeconds(30), 0);
        assertFalse(outcome.succeeded());
        assertFalse(outcome.stderrTail().contains("holiday"), outcome.stderrTail());
        assertTrue(outcome.stderrTail().contains("<file>"), outcome.stderrTail());
    }

    @Test
    void aMissingToolIsAProcessingFailure() {
        assertThrows(ProcessingFailed.class, () -> ExternalProcess.run(List.of("/nonexistent/ffmpeg"), Duration.ofSeconds(5), 0));
    }
}
