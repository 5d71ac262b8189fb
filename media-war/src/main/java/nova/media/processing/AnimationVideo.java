package nova.media.processing;

import java.nio.file.Path;

/** The {@code mp4} variant of an animated GIF: silent H.264 in even dimensions, index first, as Mastodon's gifv. */
final class AnimationVideo {

    private final MediaTools tools;

    AnimationVideo(MediaTools tools) {
        this.tools = tools;
    }

    VariantFile encode(Path gif, Path out, Probe probe, ProcessingLimits limits, int width, int height) {
        int evenWidth = Math.max(2, width - width % 2);
        int evenHeight = Math.max(2, height - height % 2);
        FfmpegCommand command = FfmpegCommand.reading(tools, gif, SniffedType.GIF, limits, true)
                .add("-map", "0:v:0", "-vf", "scale=" + evenWidth + ":" + evenHeight, "-an")
                .add(H264.VIDEO).add("-movflags", "+faststart", "-f", "mp4").output(out);
        ExternalProcess.Outcome outcome = ExternalProcess.run(command.build(), tools.timeoutFor(probe.durationSeconds()), 0);
        if (!outcome.succeeded()) {
            throw new UnreadableMedia("the animation could not be decoded: " + outcome.stderrTail());
        }
        return VariantFile.of("mp4", out, SniffedType.MP4.mimeType(), evenWidth, evenHeight);
    }
}
