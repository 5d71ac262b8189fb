package nova.media.transcode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nova.media.processing.VariantFile;
import org.junit.jupiter.api.Test;

class MediaProcessorTest {

    @Test
    void anHlsPlaylistStandsForItsDirectoryAndFilesKeepTheirExtension() {
        List<ProcessedMedia.Output> outputs = MediaProcessor.outputs(List.of(
                new VariantFile("small", Path.of("/w/image/small.WEBP"), "image/webp", 400, 300, 10),
                new VariantFile("hls", Path.of("/w/video/hls/index.m3u8"), "application/vnd.apple.mpegurl", 160, 120, 99)));

        assertEquals("webp", outputs.get(0).extension());
        assertEquals(Path.of("/w/video/hls"), outputs.get(1).path());
        assertEquals("hls", outputs.get(1).extension());
        assertEquals("bin", MediaProcessor.extension(Path.of("/w/noextension")));
        assertEquals("bin", MediaProcessor.extension(Path.of("/w/x.tar-gz")));
    }
}
