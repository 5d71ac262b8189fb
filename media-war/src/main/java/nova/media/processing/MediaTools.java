package nova.media.processing;

import java.time.Duration;
import java.util.Objects;

/**
 * Where ffmpeg and ffprobe are and how long one short run (a probe, an image) may take. Transcoding a video gets
 * more: {@link #timeoutFor(Double)}.
 *
 * @param ffmpeg the binary (config {@code nova.media.ffmpeg}, default {@code ffmpeg} on the PATH)
 * @param ffprobe the binary beside it
 */
public record MediaTools(String ffmpeg, String ffprobe, Duration timeout) {

    /** Headroom for a transcode: two cores shared by a whole system, so allow several times real time. */
    private static final int SECONDS_PER_SECOND_OF_MEDIA = 6;

    public MediaTools {
        Objects.requireNonNull(ffmpeg, "ffmpeg");
        Objects.requireNonNull(ffprobe, "ffprobe");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    /** ffmpeg at the path given, ffprobe beside it, 60 s for a short run. */
    public static MediaTools at(String ffmpeg) {
        int slash = ffmpeg.lastIndexOf('/');
        String ffprobe = ffmpeg.substring(0, slash + 1) + ffmpeg.substring(slash + 1).replace("ffmpeg", "ffprobe");
        return new MediaTools(ffmpeg, ffprobe, Duration.ofSeconds(60));
    }

    /** The deadline of a run over media that lasts this long (null for a still). */
    public Duration timeoutFor(Double durationSeconds) {
        long media = durationSeconds == null ? 0 : (long) Math.ceil(durationSeconds * SECONDS_PER_SECOND_OF_MEDIA);
        return timeout.plusSeconds(media);
    }
}
