package nova.media.processing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaInspectionTest {

    @TempDir
    Path dir;

    private MediaFixtures files;
    private final MediaInspection inspection = new MediaInspection(MediaFixtures.TOOLS, ProcessingLimits.DEFAULT);

    @BeforeEach
    void setUp() {
        files = new MediaFixtures(dir);
    }

    @Test
    void imagesWithTheirHeaderDimensions() {
        assertImage(inspection.inspect(files.jpeg()), SniffedType.JPEG, "image/jpeg", 640, 480);
        assertImage(inspection.inspect(files.png()), SniffedType.PNG, "image/png", 320, 240);
        assertImage(inspection.inspect(files.gif()), SniffedType.GIF, "image/gif", 160, 120);
        assertImage(inspection.inspect(files.webp()), SniffedType.WEBP, "image/webp", 320, 240);
    }

    private static void assertImage(Inspected inspected, SniffedType type, String mime, int width, int height) {
        assertEquals(type, inspected.type());
        assertEquals(MediaKind.IMAGE, inspected.kind());
        assertEquals(mime, inspected.mimeType());
        assertEquals(width, inspected.probe().width());
        assertEquals(height, inspected.probe().height());
    }

    @Test
    void videoWithCodecsDimensionsAndDuration() {
        Inspected mp4 = inspection.inspect(files.mp4());
        assertEquals(SniffedType.MP4, mp4.type());
        assertEquals(MediaKind.VIDEO, mp4.kind());
        assertEquals("h264", mp4.probe().video().orElseThrow().codecName());
        assertEquals("aac", mp4.probe().audio().orElseThrow().codecName());
        assertEquals(320, mp4.probe().width());
        assertEquals(240, mp4.probe().height());
        assertEquals(3.0, mp4.probe().durationSeconds(), 0.1);
        assertEquals(0, mp4.probe().rotation());

        Inspected webm = inspection.inspect(files.webm());
        assertEquals(SniffedType.WEBM, webm.type());
        assertEquals("vp9", webm.probe().video().orElseThrow().codecName());
        assertEquals("opus", webm.probe().audio().orElseThrow().codecName());
        assertEquals(2.0, webm.probe().durationSeconds(), 0.1);

        Inspected mov = inspection.inspect(files.quickTime());
        assertEquals(SniffedType.QUICKTIME, mov.type());
        assertEquals("video/quicktime", mov.mimeType());
        assertEquals("mpeg4", mov.probe().video().orElseThrow().codecName());
    }

    @Test
    void rotationFromTheDisplayMatrixTurnsTheDimensions() {
        Path rotated = files.ffmpeg("rotated.mp4", "-i", files.mp4().toString(), "-c", "copy", "-metadata:s:v:0", "rotate=90");
        Probe probe = inspection.inspect(rotated).probe();
        assertTrue(probe.rotation() == 90 || probe.rotation() == 270, "a quarter turn: " + probe.rotation());
        assertEquals(240, probe.width());
        assertEquals(320, probe.height());
    }

    @Test
    void audio() {
        Inspected mp3 = inspection.inspect(files.mp3());
        assertEquals(SniffedType.MP3, mp3.type());
        assertEquals(MediaKind.AUDIO, mp3.kind());
        assertEquals("mp3", mp3.probe().audio().orElseThrow().codecName());
        assertEquals(2.0, mp3.probe().durationSeconds(), 0.2);
        assertNull(mp3.probe().width());

        assertEquals(SniffedType.MP3, inspection.inspect(files.mp3WithoutId3()).type());
        Inspected ogg = inspection.inspect(files.ogg());
        assertEquals("audio/ogg", ogg.mimeType());
        assertEquals("vorbis", ogg.probe().audio().orElseThrow().codecName());
        Inspected m4a = inspection.inspect(files.m4a());
        assertEquals(SniffedType.M4A, m4a.type());
        assertEquals("audio/mp4", m4a.mimeType());
        assertEquals("aac", m4a.probe().audio().orElseThrow().codecName());
    }

    @Test
    void anMp4HoldingSoundOnlyIsAudio() {
        Path soundOnly = files.ffmpeg("sound.mp4", "-f", "lavfi", "-i", "sine=duration=1", "-c:a", "aac", "-brand", "isom");
        Inspected inspected = inspection.inspect(soundOnly);
        assertEquals(MediaKind.AUDIO, inspected.kind());
        assertEquals("audio/mp4", inspected.mimeType());
    }

    @Test
    void htmlAndSvgRenamedPngAreUnsupported() {
        Path html = files.text("cat.png", "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");
        Path svg = files.text("cat2.png", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>");
        assertEquals("unsupported-media-type", assertThrows(UnsupportedMedia.class, () -> inspection.inspect(html)).problemType());
        assertThrows(UnsupportedMedia.class, () -> inspection.inspect(svg));
    }

    @Test
    void spoofedMagicBytesAreRefused() {
        // a PNG signature in front of HTML: the sniffer says PNG, the scan finds the markup
        byte[] page = "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] spoof = new byte[8 + page.length];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, spoof, 0, 8);
        System.arraycopy(page, 0, spoof, 8, page.length);
        assertThrows(UnsupportedMedia.class, () -> inspection.inspect(files.write("spoof.png", spoof)));
        // a PNG signature in front of noise: no markup, but ffprobe finds no PNG
        byte[] noise = new byte[2048];
        new java.util.Random(7).nextBytes(noise);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, noise, 0, 8);
        assertThrows(UnreadableMedia.class, () -> inspection.inspect(files.write("noise.png", noise)));
    }

    @Test
    void aJpegWithAnAppendedZipIsAPolyglotThatFfprobeAloneAccepts() {
        Path polyglot = files.jpegWithZip();
        Probe alone = new MediaProbe(MediaFixtures.TOOLS, ProcessingLimits.DEFAULT).probe(polyglot, SniffedType.JPEG);
        assertEquals(640, alone.width(), "ffprobe reads the JPEG and ignores the archive");
        UnsupportedMedia refused = assertThrows(UnsupportedMedia.class, () -> inspection.inspect(polyglot));
        assertTrue(refused.getMessage().contains("archive"), refused.getMessage());
    }

    @Test
    void anMp3FollowedByHtmlIsRefused() {
        Path polyglot = files.mp3WithHtml();
        assertEquals("mp3", new MediaProbe(MediaFixtures.TOOLS, ProcessingLimits.DEFAULT).probe(polyglot, SniffedType.MP3)
                .audio().orElseThrow().codecName(), "ffprobe reads the MP3 and ignores the page");
        UnsupportedMedia refused = assertThrows(UnsupportedMedia.class, () -> inspection.inspect(polyglot));
        assertTrue(refused.getMessage().contains("markup"), refused.getMessage());
    }

    @Test
    void aGifHeaderFollowedByScriptIsRefused() {
        Path polyglot = files.text("polyglot.gif", "GIF89a/*\u0001\u0001\u0000\u0000*/=1;<script>alert(1)</script>");
        assertThrows(UnsupportedMedia.class, () -> inspection.inspect(polyglot));
    }

    @Test
    void aPixelFloodIsRefusedFromItsHeaderWithoutDecoding() throws Exception {
        Path flood = files.pixelFloodPng(30000);
        assertTrue(Files.size(flood) < 2000, "a few hundred bytes declaring 900 megapixels");
        UnreadableMedia refused = assertThrows(UnreadableMedia.class, () -> inspection.inspect(flood));
        assertEquals("unreadable-media", refused.problemType());

        Path large = files.pixelFloodPng(12000);
        assertThrows(UnreadableMedia.class, () -> inspection.inspect(large), "144 MP is over the default 33 MP");
    }

    @Test
    void anAnimatedWebpIsUnreadableWithFfmpeg51() {
        Path animated = files.ffmpeg("animated.webp", "-f", "lavfi", "-i", "testsrc=size=64x48:rate=5:duration=1", "-c:v", "libwebp_anim", "-loop", "0");
        assertEquals(SniffedType.WEBP, MediaSniffer.sniff(new byte[] {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P'}).orElseThrow());
        assertThrows(UnreadableMedia.class, () -> inspection.inspect(animated));
    }

    @Test
    void dimensionsAndDurationOverTheConfiguredLimits() {
        MediaInspection strict = new MediaInspection(MediaFixtures.TOOLS, new ProcessingLimits(100_000, 300, Duration.ofSeconds(1)));
        assertTrue(assertThrows(UnreadableMedia.class, () -> strict.inspect(files.png())).getMessage().contains("over the limit"));
        assertThrows(UnreadableMedia.class, () -> strict.inspect(files.mp3()), "two seconds of sound, one allowed");
        MediaInspection lenient = new MediaInspection(MediaFixtures.TOOLS, new ProcessingLimits(100_000, 1000, Duration.ofSeconds(10)));
        assertEquals(320, lenient.inspect(files.png()).probe().width(), "76 800 pixels are within 100 000");
    }

    @Test
    void aCorruptOrTruncatedVideoIsUnreadable() throws Exception {
        Path mp4 = files.mp4();
        byte[] bytes = Files.readAllBytes(mp4);
        // keep the ftyp box, overwrite the rest with zeros: the moov box is gone
        byte[] corrupt = new byte[bytes.length];
        System.arraycopy(bytes, 0, corrupt, 0, 32);
        UnreadableMedia refused = assertThrows(UnreadableMedia.class, () -> inspection.inspect(files.write("corrupt.mp4", corrupt)));
        assertFalse(refused.getMessage().contains(dir.toString()), "no path in the message: " + refused.getMessage());
        // an interrupted upload of an MP4 whose index (moov) comes last
        assertThrows(UnreadableMedia.class, () -> inspection.inspect(files.truncated(mp4, 0.6)));
    }

    @Test
    void aMissingFfprobeIsOursToFixNotTheFiles() {
        MediaInspection broken = new MediaInspection(MediaTools.at("/nonexistent/ffmpeg"), ProcessingLimits.DEFAULT);
        assertThrows(ProcessingFailed.class, () -> broken.inspect(files.png()));
    }
}
