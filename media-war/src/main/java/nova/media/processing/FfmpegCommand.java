package nova.media.processing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An ffmpeg command line that reads one input safely: the demuxer forced to the sniffed type, local files only,
 * decoders refusing frames over the pixel limit, no stdin, only errors on stderr.
 */
final class FfmpegCommand {

    private final List<String> arguments = new ArrayList<>();

    private FfmpegCommand(MediaTools tools) {
        arguments.addAll(List.of(tools.ffmpeg(), "-hide_banner", "-nostdin", "-nostats", "-v", "error", "-y"));
    }

    /** Reads {@code input} as {@code type}; {@code strict} makes any decoding error fatal (a truncated image). */
    static FfmpegCommand reading(MediaTools tools, Path input, SniffedType type, ProcessingLimits limits, boolean strict) {
        FfmpegCommand command = new FfmpegCommand(tools);
        if (strict) {
            command.add("-xerror", "-err_detect", "explode");
        }
        return command.add("-max_pixels", Long.toString(limits.maxPixels()), "-protocol_whitelist", "file",
                "-f", type.demuxer(), "-i", "file:" + input.toAbsolutePath());
    }

    FfmpegCommand add(String... more) {
        arguments.addAll(List.of(more));
        return this;
    }

    /** An output file, written with no metadata, chapters or encoder tags carried over. */
    FfmpegCommand output(Path file) {
        return add("-map_metadata", "-1", "-map_chapters", "-1", "-fflags", "+bitexact", "-flags:v", "+bitexact", "file:" + file.toAbsolutePath());
    }

    List<String> build() {
        return List.copyOf(arguments);
    }
}
