package nova.media.processing;

import java.util.function.Consumer;

/**
 * Reads ffmpeg's {@code -progress pipe:1} lines ({@code out_time_us=…}, {@code progress=continue|end}) and reports
 * the encoded time over the media's duration as a fraction within ({@code from}, {@code to}] of the whole job, only
 * when it grew (the caller reports {@code from} itself).
 */
final class ProgressReader implements Consumer<String> {

    private final ProgressListener listener;
    private final double duration;
    private final double from;
    private final double to;
    private volatile double encodedSeconds;
    private double reported;

    ProgressReader(ProgressListener listener, Double durationSeconds, double from, double to) {
        this.listener = listener;
        this.duration = durationSeconds == null || durationSeconds <= 0 ? 0 : durationSeconds;
        this.from = from;
        this.to = to;
        this.reported = from;
    }

    @Override
    public void accept(String line) {
        if (line.startsWith("out_time_us=")) {
            try {
                encodedSeconds = Math.max(encodedSeconds, Long.parseLong(line.substring("out_time_us=".length())) / 1_000_000.0);
            } catch (NumberFormatException e) {
                return; // "N/A" before the first frame
            }
        } else if (line.startsWith("progress=")) {
            double done = line.equals("progress=end") ? 1 : duration == 0 ? 0 : Math.min(1, encodedSeconds / duration);
            report(from + (to - from) * done);
        }
    }

    /** The media time encoded so far, in seconds. */
    double encodedSeconds() {
        return encodedSeconds;
    }

    private void report(double fraction) {
        if (fraction > reported) {
            reported = fraction;
            listener.progress(fraction);
        }
    }
}
