package nova.media.processing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes the stored variants of a video: an H.264/AAC {@code mp4} with its index first (only remuxed when the upload is
 * already H.264 4:2:0 and AAC in MP4/QuickTime, else encoded, fitted into 1920 px and turned upright), an {@code hls}
 * rendition cut from it, and a {@code poster} frame with its blurhash.
 * <p>
 * Progress goes to the listener as the encode advances ({@code -progress pipe:1}: encoded time over duration).
 * Cancelling is interrupting the calling thread (e.g. {@code Future.cancel(true)} on the job): ffmpeg and its children
 * are killed and a {@link java.util.concurrent.CancellationException} is thrown. Running it again into a fresh
 * {@code outDir} starts over, which is how a job interrupted by a restart resumes. {@code outDir} is the job's scratch
 * directory: the core deletes it whatever happens.
 */
public final class VideoProcessing {

    /** The longer side of an encoded video: Mastodon's 1920×1080 class, and what two shared cores can encode. */
    static final int MAX_SIDE = 1920;
    /** A video whose encode stops before this share of its declared duration was truncated or corrupt. */
    private static final double MINIMUM_SHARE = 0.8;
    /** Share of the progress the MP4 takes; the HLS remux and the poster take the rest. */
    private static final double MP4_SHARE = 0.9;

    private final MediaTools tools;
    private final ProcessingLimits limits;

    public VideoProcessing(MediaTools tools, ProcessingLimits limits) {
        this.tools = tools;
        this.limits = limits;
    }

    /**
     * @param inspected what {@link MediaInspection} found (kind {@code video})
     * @throws UnreadableMedia the video cannot be decoded or ends early (truncated)
     * @throws ProcessingFailed a timeout or a missing ffmpeg
     * @throws java.util.concurrent.CancellationException the calling thread was interrupted
     */
    public VideoResult transcode(Path original, Path outDir, Inspected inspected, ProgressListener listener) {
        if (inspected.kind() != MediaKind.VIDEO) {
            throw new UnsupportedMedia("not a video");
        }
        createDirectories(outDir);
        listener.progress(0);
        Path mp4 = outDir.resolve("video.mp4");
        boolean copy = copyable(inspected);
        ProgressReader progress = new ProgressReader(listener, inspected.probe().durationSeconds(), 0, MP4_SHARE);
        ExternalProcess.Outcome outcome = ExternalProcess.run(mp4Command(original, mp4, inspected, copy).build(),
                tools.timeoutFor(inspected.probe().durationSeconds()), progress);
        if (!outcome.succeeded()) {
            throw new UnreadableMedia("the video could not be decoded: " + outcome.stderrTail());
        }
        Probe mp4Probe = new MediaProbe(tools, limits).probe(mp4, SniffedType.MP4);
        refuseTruncated(inspected.probe(), mp4Probe);

        VariantFile hls = new HlsPackaging(tools).cut(mp4, outDir.resolve("hls"), mp4Probe, limits);
        listener.progress(0.95);
        PosterFrame.Poster poster = new PosterFrame(tools).capture(mp4, outDir.resolve("poster.jpg"), mp4Probe, limits);
        listener.progress(1);
        VariantFile video = VariantFile.of("mp4", mp4, SniffedType.MP4.mimeType(), mp4Probe.width(), mp4Probe.height());
        return new VideoResult(List.of(video, hls, poster.file()), mp4Probe.width(), mp4Probe.height(),
                mp4Probe.durationSeconds() == null ? 0 : mp4Probe.durationSeconds(), poster.blurhash(), copy);
    }

    /** Already what browsers play, in an ISO container: remux only. */
    static boolean copyable(Inspected inspected) {
        boolean isoContainer = inspected.type() == SniffedType.MP4 || inspected.type() == SniffedType.QUICKTIME;
        Probe probe = inspected.probe();
        return isoContainer && probe.video().map(H264::playable).orElse(false)
                && probe.audio().map(H264::playableAudio).orElse(true)
                && Math.max(probe.width(), probe.height()) <= MAX_SIDE;
    }

    private FfmpegCommand mp4Command(Path original, Path mp4, Inspected inspected, boolean copy) {
        FfmpegCommand command = FfmpegCommand.reading(tools, original, inspected.type(), limits, false)
                .add("-map", "0:v:0", "-map", "0:a:0?");
        if (copy) {
            command.add("-c", "copy");
        } else {
            int[] size = ThumbnailSize.fitInto(MAX_SIDE, inspected.probe().width(), inspected.probe().height());
            command.add("-vf", "scale=" + even(size[0]) + ":" + even(size[1]))
                    .add(H264.VIDEO).add("-force_key_frames", "expr:gte(t,n_forced*2)").add(H264.AUDIO);
        }
        return command.add("-movflags", "+faststart", "-f", "mp4", "-progress", "pipe:1").output(mp4);
    }

    private static int even(int side) {
        return Math.max(2, side - side % 2);
    }

    private static void refuseTruncated(Probe declared, Probe produced) {
        Double expected = declared.durationSeconds();
        double got = produced.durationSeconds() == null ? 0 : produced.durationSeconds();
        if (produced.video().isEmpty() || expected != null && expected >= 1 && got < expected * MINIMUM_SHARE) {
            throw new UnreadableMedia("the video ends early: truncated or corrupt");
        }
    }

    private static void createDirectories(Path outDir) {
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new ProcessingFailed("the output directory could not be made", e);
        }
    }
}
