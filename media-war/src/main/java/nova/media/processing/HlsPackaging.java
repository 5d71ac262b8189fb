package nova.media.processing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Cuts the finished MP4 into an HLS rendition without re-encoding: {@code index.m3u8} and {@code segment-NNN.ts}
 * in a directory of their own, the playlist naming its segments relatively. One rendition (the MP4's), VOD.
 */
final class HlsPackaging {

    static final String PLAYLIST = "index.m3u8";
    private static final String SEGMENT_SECONDS = "6";

    private final MediaTools tools;

    HlsPackaging(MediaTools tools) {
        this.tools = tools;
    }

    VariantFile cut(Path mp4, Path hlsDir, Probe mp4Probe, ProcessingLimits limits) {
        try {
            Files.createDirectories(hlsDir);
        } catch (IOException e) {
            throw new ProcessingFailed("the HLS directory could not be made", e);
        }
        Path playlist = hlsDir.resolve(PLAYLIST);
        FfmpegCommand command = FfmpegCommand.reading(tools, mp4, SniffedType.MP4, limits, false)
                .add("-map", "0", "-c", "copy", "-f", "hls", "-hls_time", SEGMENT_SECONDS, "-hls_playlist_type", "vod",
                        "-hls_segment_type", "mpegts", "-hls_segment_filename", "file:" + hlsDir.toAbsolutePath().resolve("segment-%03d.ts"))
                .output(playlist);
        ExternalProcess.Outcome outcome = ExternalProcess.run(command.build(), tools.timeoutFor(mp4Probe.durationSeconds()), 0);
        if (!outcome.succeeded()) {
            throw new ProcessingFailed("HLS packaging failed: " + outcome.stderrTail());
        }
        return new VariantFile("hls", playlist, "application/vnd.apple.mpegurl", mp4Probe.width(), mp4Probe.height(), sizeOf(hlsDir));
    }

    private static long sizeOf(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new ProcessingFailed("the HLS directory could not be read", e);
        }
    }
}
