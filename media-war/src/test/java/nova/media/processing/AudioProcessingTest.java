package nova.media.processing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioProcessingTest {

    @TempDir
    Path dir;

    private MediaFixtures files;
    private final MediaInspection inspection = new MediaInspection(MediaFixtures.TOOLS, ProcessingLimits.DEFAULT);
    private final AudioProcessing processing = new AudioProcessing(MediaFixtures.TOOLS, ProcessingLimits.DEFAULT);

    @BeforeEach
    void setUp() {
        files = new MediaFixtures(dir);
    }

    private AudioResult process(Path audio, String out) {
        return processing.process(audio, dir.resolve(out), inspection.inspect(audio));
    }

    @Test
    void playableAudioKeepsItsStreamButNotItsTagsOrCoverArt() throws Exception {
        Path cover = files.ffmpeg("cover.png", "-f", "lavfi", "-i", "testsrc=size=64x64", "-frames:v", "1");
        Path tagged = files.ffmpeg("tagged.mp3", "-f", "lavfi", "-i", "sine=duration=2", "-i", cover.toString(), "-map", "0:a", "-map", "1:v",
                "-c:a", "libmp3lame", "-c:v", "png", "-disposition:v", "attached_pic", "-metadata", "artist=Someone Private");
        assertTrue(MediaFixtures.ffprobe(tagged, "-show_streams").contains("attached_pic=1"), "the fixture has cover art");

        AudioResult result = process(tagged, "mp3");

        assertTrue(result.remuxed());
        assertEquals("mp3", result.codec());
        assertEquals(2.0, result.durationSeconds(), 0.2);
        VariantFile original = result.original();
        assertEquals("original", original.name());
        assertEquals("audio/mpeg", original.mimeType());
        assertNull(original.width());
        String probe = MediaFixtures.ffprobe(original.file(), "-show_streams", "-show_format");
        assertFalse(probe.contains("codec_type=\"video\""), probe);
        assertFalse(new String(Files.readAllBytes(original.file()), StandardCharsets.ISO_8859_1).contains("Someone Private"));
    }

    @Test
    void oggAndM4aAreKept() {
        AudioResult ogg = process(files.ogg(), "ogg");
        assertTrue(ogg.remuxed());
        assertEquals("vorbis", ogg.codec());
        assertEquals("audio/ogg", ogg.original().mimeType());
        AudioResult m4a = process(files.m4a(), "m4a");
        assertTrue(m4a.remuxed());
        assertEquals("aac", m4a.codec());
        assertEquals("audio/mp4", m4a.original().mimeType());
        assertEquals(2.0, m4a.durationSeconds(), 0.2);
    }

    @Test
    void flacInOggIsEncodedToAac() {
        Path flac = files.ffmpeg("lossless.ogg", "-f", "lavfi", "-i", "sine=duration=1", "-c:a", "flac");
        AudioResult result = process(flac, "flac");
        assertFalse(result.remuxed());
        assertEquals("aac", result.codec());
        assertEquals("audio/mp4", result.original().mimeType());
    }

    @Test
    void videoIsNotAudio() {
        assertThrows(UnsupportedMedia.class, () -> process(files.mp4(), "video"));
    }
}
