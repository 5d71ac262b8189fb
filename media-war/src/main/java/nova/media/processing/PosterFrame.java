package nova.media.processing;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The {@code poster} of a video: a JPEG of the frame a second in (or a tenth of the way into a shorter clip), upright,
 * and the blurhash of that frame, from one decode of the finished MP4.
 */
final class PosterFrame {

    /** The poster and the blurhash of its picture. */
    record Poster(VariantFile file, String blurhash) {
    }

    private final MediaTools tools;

    PosterFrame(MediaTools tools) {
        this.tools = tools;
    }

    Poster capture(Path mp4, Path out, Probe mp4Probe, ProcessingLimits limits) {
        int width = mp4Probe.width();
        int height = mp4Probe.height();
        double at = Math.min(1.0, (mp4Probe.durationSeconds() == null ? 0 : mp4Probe.durationSeconds()) / 10);
        int[] sample = ThumbnailSize.fitInto(Blurhash.SAMPLE_BOX, width, height);
        FfmpegCommand command = FfmpegCommand.reading(tools, mp4, SniffedType.MP4, limits, false)
                .add("-filter_complex", "[0:v:0]trim=start=" + String.format(Locale.ROOT, "%.3f", at) + ",split[poster][hash];[hash]scale=" + sample[0] + ":" + sample[1] + ":flags=area,format=rgb24[hash-out]")
                .add("-map", "[poster]", "-frames:v", "1", "-c:v", "mjpeg", "-q:v", "3", "-f", "mjpeg").output(out)
                .add("-map", "[hash-out]", "-frames:v", "1", "-f", "rawvideo", "pipe:1");
        ExternalProcess.Outcome outcome = ExternalProcess.run(command.build(), tools.timeout(), sample[0] * sample[1] * 3);
        if (!outcome.succeeded()) {
            throw new UnreadableMedia("no poster frame could be decoded: " + outcome.stderrTail());
        }
        return new Poster(VariantFile.of("poster", out, SniffedType.JPEG.mimeType(), width, height),
                Blurhash.ofRgb24(outcome.stdout(), sample[0], sample[1]));
    }
}
