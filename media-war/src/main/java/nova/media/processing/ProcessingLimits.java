package nova.media.processing;

import java.time.Duration;

/**
 * What a file may declare before anything decodes it: checked against the header's dimensions and duration, so a
 * pixel flood (a tiny file declaring 30000×30000) is refused without a byte of pixels allocated.
 *
 * @param maxPixels width × height of one frame
 * @param maxSide the longer side
 * @param maxDuration of audio and video
 */
public record ProcessingLimits(long maxPixels, int maxSide, Duration maxDuration) {

    /** 8K frames (7680×4320, 33 MP), no side over 8192 px, one hour. */
    public static final ProcessingLimits DEFAULT = new ProcessingLimits(7680L * 4320, 8192, Duration.ofHours(1));

    public ProcessingLimits {
        if (maxPixels <= 0 || maxSide <= 0 || maxDuration.isNegative() || maxDuration.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** Refuses a probe whose frame or duration is over these limits. */
    public void check(Probe probe) {
        probe.video().ifPresent(video -> {
            long width = video.width() == null ? 0 : video.width();
            long height = video.height() == null ? 0 : video.height();
            if (width <= 0 || height <= 0) {
                // ffprobe leaves them out when the decoder refused a frame over -max_pixels, or could not read one at all
                // (ffmpeg 5.1 has no decoder for animated WebP)
                throw new UnreadableMedia("the picture's dimensions could not be read within the limit of " + maxPixels + " pixels");
            }
            if (width > maxSide || height > maxSide || width * height > maxPixels) {
                throw new UnreadableMedia("the picture is " + width + "×" + height + " pixels, over the limit of "
                        + maxSide + " px a side and " + maxPixels + " pixels");
            }
        });
        Double duration = probe.durationSeconds();
        if (duration != null && duration > maxDuration.toSeconds()) {
            throw new UnreadableMedia("the media lasts " + Math.round(duration) + " s, over the limit of " + maxDuration.toSeconds() + " s");
        }
    }
}
