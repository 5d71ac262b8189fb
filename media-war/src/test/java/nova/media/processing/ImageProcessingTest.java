package nova.media.processing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageProcessingTest {

    @TempDir
    Path dir;

    private MediaFixtures files;
    private final ImageProcessing processing = new ImageProcessing(MediaFixtures.TOOLS);

    @BeforeEach
    void setUp() {
        files = new MediaFixtures(dir);
    }

    private ImageResult process(Path image, String out) {
        return processing.process(image, dir.resolve(out), ProcessingLimits.DEFAULT);
    }

    @Test
    void exifAndGpsAreGoneAndTheOrientationIsAppliedToThePixels() throws Exception {
        Path upload = files.jpegWithExifAndGps();
        String before = MediaFixtures.ffprobe(upload, "-show_frames");
        assertTrue(before.contains("GPSLatitude") && before.contains("Orientation"), "the fixture carries EXIF and GPS: " + before);

        ImageResult result = process(upload, "exif");

        assertEquals(480, result.width(), "orientation 6 turns the 640×480 picture upright");
        assertEquals(640, result.height());
        VariantFile original = result.variant("original").orElseThrow();
        assertEquals("image/jpeg", original.mimeType());
        String after = MediaFixtures.ffprobe(original.file(), "-show_frames", "-show_format", "-show_streams");
        assertFalse(after.contains("GPS"), after);
        assertFalse(after.contains("Orientation"), after);
        assertFalse(after.contains("rotation"), after);
        String bytes = new String(Files.readAllBytes(original.file()), StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains("Exif"), "no EXIF segment left");
        assertFalse(bytes.contains("Lavc"), "no encoder tag either");
        for (String name : List.of("small", "medium", "large")) {
            String thumbnail = MediaFixtures.ffprobe(result.variant(name).orElseThrow().file(), "-show_frames");
            assertFalse(thumbnail.contains("GPS"), name);
        }
    }

    @Test
    void thumbnailsFitTheirBoxesAndAreNeverEnlarged() {
        Path big = files.ffmpeg("big.png", "-f", "lavfi", "-i", "testsrc=size=1600x1200", "-frames:v", "1");
        ImageResult result = process(big, "big");

        assertEquals(List.of("original", "small", "medium", "large"), result.variants().stream().map(VariantFile::name).toList());
        assertDimensions(result.variant("small").orElseThrow(), 400, 300);
        assertDimensions(result.variant("medium").orElseThrow(), 1280, 960);
        assertDimensions(result.variant("large").orElseThrow(), 1600, 1200);
        for (VariantFile variant : result.variants()) {
            assertEquals("image/png", variant.mimeType());
            assertTrue(variant.size() > 0 && variant.file().getFileName().toString().endsWith(".png"), variant.toString());
        }
        assertEquals(Focus.CENTRE, result.focus());
        assertFalse(result.animated());
    }

    private static void assertDimensions(VariantFile variant, int width, int height) {
        assertEquals(width, variant.width(), variant.name());
        assertEquals(height, variant.height(), variant.name());
        String probe = MediaFixtures.ffprobe(variant.file(), "-show_streams");
        assertTrue(probe.contains("width=" + width) && probe.contains("height=" + height), variant.name() + ": " + probe);
    }

    @Test
    void blurhashDescribesThePicture() {
        ImageResult test = process(files.png(), "png");
        ImageResult red = process(files.ffmpeg("red.png", "-f", "lavfi", "-i", "color=c=red:size=200x100", "-frames:v", "1"), "red");
        assertEquals(36, test.blurhash().length(), "4×4 components: " + test.blurhash());
        assertNotEquals(test.blurhash(), red.blurhash());
        assertEquals(red.blurhash(), process(files.ffmpeg("red2.png", "-f", "lavfi", "-i", "color=c=red:size=200x100", "-frames:v", "1"), "red2").blurhash());
    }

    @Test
    void webpAndStillGif() {
        ImageResult webp = process(files.webp(), "webp");
        assertEquals("image/webp", webp.variant("original").orElseThrow().mimeType());
        assertEquals("image/webp", webp.variant("small").orElseThrow().mimeType());
        ImageResult gif = process(files.gif(), "gif");
        assertFalse(gif.animated());
        assertEquals("image/gif", gif.variant("original").orElseThrow().mimeType());
        assertEquals("image/png", gif.variant("small").orElseThrow().mimeType(), "a GIF's thumbnails are PNG stills");
        assertTrue(gif.variant("mp4").isEmpty());
    }

    @Test
    void anAnimatedGifKeepsItsAnimationAndGetsAnMp4() {
        ImageResult result = process(files.animatedGif(), "animated");
        assertTrue(result.animated());
        String original = MediaFixtures.ffprobe(result.variant("original").orElseThrow().file(), "-show_streams");
        assertTrue(original.contains("nb_frames=\"20\""), original);
        VariantFile mp4 = result.variant("mp4").orElseThrow();
        assertEquals("video/mp4", mp4.mimeType());
        String video = MediaFixtures.ffprobe(mp4.file(), "-show_streams");
        assertTrue(video.contains("codec_name=\"h264\"") && video.contains("pix_fmt=\"yuv420p\""), video);
        assertFalse(video.contains("codec_type=\"audio\""));
        assertEquals("image/png", result.variant("small").orElseThrow().mimeType());
    }

    @Test
    void aTruncatedImageFailsCleanly() {
        Path truncated = files.truncated(files.jpeg(), 0.5);
        UnreadableMedia refused = assertThrows(UnreadableMedia.class, () -> process(truncated, "truncated"));
        assertEquals("unreadable-media", refused.problemType());
        assertFalse(refused.getMessage().contains(dir.toString()), refused.getMessage());
        assertFalse(refused.getMessage().contains("truncated-picture"), "no file name: " + refused.getMessage());

        Path truncatedPng = files.truncated(files.ffmpeg("noise.png", "-f", "lavfi", "-i", "nullsrc=size=256x256,geq=random(1)*255:128:128",
                "-frames:v", "1"), 0.5);
        assertThrows(UnreadableMedia.class, () -> process(truncatedPng, "truncated-png"));
    }

    @Test
    void aVideoIsNotAnImage() {
        assertThrows(UnsupportedMedia.class, () -> process(files.mp4(), "video"));
    }
}
