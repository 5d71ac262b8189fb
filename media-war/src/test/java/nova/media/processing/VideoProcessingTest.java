package nova.media.processing;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VideoProcessingTest {

    @TempDir
    Path dir;

    private MediaFixtures files;
    private final MediaInspection inspection = new MediaInspection(MediaFixtures.TOOLS, ProcessingLimits.DEFAULT);
    private final VideoProcessing processing = new VideoProcessing(MediaFixtures.TOOLS, ProcessingLimits.DEFAULT);

    @BeforeEach
    void setUp() {
        files = new MediaFixtures(dir);
    }

    private VideoResult transcode(Path video, String out, ProgressListener listener) {
        return processing.transcode(video, dir.resolve(out), inspection.inspect(video), listener);
    }

    @Test
    void anH264AacMp4IsOnlyRemuxedWithItsIndexFirst() throws Exception {
        List<Double> progress = new CopyOnWriteArrayList<>();
        VideoResult result = transcode(files.mp4(), "mp4", progress::add);

        assertTrue(result.streamCopied());
        assertEquals(List.of("mp4", "hls", "poster"), result.variants().stream().map(VariantFile::name).toList());
        assertEquals(320, result.width());
        assertEquals(240, result.height());
        assertEquals(3.0, result.durationSeconds(), 0.1);
        VariantFile mp4 = result.variant("mp4").orElseThrow();
        assertEquals("video/mp4", mp4.mimeType());
        assertCodecs(mp4.file(), "h264", "aac");
        String bytes = new String(Files.readAllBytes(mp4.file()), StandardCharsets.ISO_8859_1);
        assertTrue(bytes.indexOf("moov") < bytes.indexOf("mdat"), "faststart: the index before the media data");
        assertEquals(0.0, progress.get(0));
        assertEquals(1.0, progress.get(progress.size() - 1));
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) > progress.get(i - 1), "progress only grows: " + progress);
        }
    }

    @Test
    void webmIsEncodedToH264AacWithHlsAndAPoster() throws Exception {
        List<Double> progress = new CopyOnWriteArrayList<>();
        VideoResult result = transcode(files.webm(), "webm", progress::add);

        assertFalse(result.streamCopied());
        assertCodecs(result.variant("mp4").orElseThrow().file(), "h264", "aac");
        assertTrue(progress.stream().anyMatch(p -> p > 0 && p < 0.9), "progress while encoding: " + progress);

        VariantFile hls = result.variant("hls").orElseThrow();
        assertEquals("index.m3u8", hls.file().getFileName().toString());
        assertEquals("application/vnd.apple.mpegurl", hls.mimeType());
        String playlist = Files.readString(hls.file());
        assertTrue(playlist.startsWith("#EXTM3U") && playlist.contains("#EXT-X-ENDLIST") && playlist.contains("segment-000.ts"), playlist);
        assertFalse(playlist.contains("/"), "segments named relative to the playlist: " + playlist);
        try (Stream<Path> segments = Files.list(hls.directory())) {
            assertTrue(segments.anyMatch(p -> p.getFileName().toString().equals("segment-000.ts")));
        }

        VariantFile poster = result.variant("poster").orElseThrow();
        assertEquals("image/jpeg", poster.mimeType());
        String probe = MediaFixtures.ffprobe(poster.file(), "-show_streams");
        assertTrue(probe.contains("codec_name=\"mjpeg\"") && probe.contains("width=320") && probe.contains("height=240"), probe);
        assertEquals(36, result.blurhash().length(), result.blurhash());
    }

    @Test
    void quickTimeMpeg4IsEncoded() {
        VideoResult result = transcode(files.quickTime(), "mov", ProgressListener.NONE);
        assertFalse(result.streamCopied());
        assertCodecs(result.variant("mp4").orElseThrow().file(), "h264", null);
    }

    @Test
    void aRotatedVideoKeepsItsRotationAndThePosterIsUpright() {
        Path rotated = files.ffmpeg("rotated.mp4", "-i", files.mp4().toString(), "-c", "copy", "-metadata:s:v:0", "rotate=90");
        VideoResult result = transcode(rotated, "rotated", ProgressListener.NONE);
        assertEquals(240, result.width(), "displayed dimensions");
        assertEquals(320, result.height());
        String poster = MediaFixtures.ffprobe(result.variant("poster").orElseThrow().file(), "-show_streams");
        assertTrue(poster.contains("width=240") && poster.contains("height=320"), poster);
    }

    @Test
    void aTruncatedVideoIsUnreadable() {
        Path longer = files.ffmpeg("long.webm", "-f", "lavfi", "-i", "testsrc=size=160x120:rate=25:duration=10", "-c:v", "libvpx-vp9",
                "-deadline", "realtime", "-cpu-used", "8");
        Path truncated = files.truncated(longer, 0.3);
        UnreadableMedia refused = assertThrows(UnreadableMedia.class, () -> transcode(truncated, "truncated", ProgressListener.NONE));
        assertTrue(refused.getMessage().contains("ends early"), refused.getMessage());
    }

    @Test
    void cancellingKillsTheEncode() throws Exception {
        Path long_ = files.ffmpeg("minute.webm", "-f", "lavfi", "-i", "testsrc=size=640x480:rate=25:duration=60", "-c:v", "libvpx-vp9",
                "-deadline", "realtime", "-cpu-used", "8", "-b:v", "200k");
        Inspected inspected = inspection.inspect(long_);
        List<Double> progress = new CopyOnWriteArrayList<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread job = new Thread(() -> {
            try {
                processing.transcode(long_, dir.resolve("cancelled"), inspected, progress::add);
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        job.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> progress.stream().anyMatch(p -> p > 0));
        job.interrupt();
        job.join(Duration.ofSeconds(30).toMillis());
        assertTrue(thrown.get() instanceof CancellationException, String.valueOf(thrown.get()));
        assertTrue(progress.get(progress.size() - 1) < 0.9, "stopped before the end: " + progress);
        await().atMost(Duration.ofSeconds(10)).until(() -> ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive));
    }

    @Test
    void audioIsNotVideo() {
        assertThrows(UnsupportedMedia.class, () -> transcode(files.mp3(), "audio", ProgressListener.NONE));
    }

    private static void assertCodecs(Path file, String video, String audio) {
        String probe = MediaFixtures.ffprobe(file, "-show_streams");
        assertTrue(probe.contains("codec_name=\"" + video + "\"") && probe.contains("pix_fmt=\"yuv420p\""), probe);
        if (audio != null) {
            assertTrue(probe.contains("codec_name=\"" + audio + "\""), probe);
        }
    }
}
