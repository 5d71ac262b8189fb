package nova.media.processing;

/**
 * The encoding every browser plays: H.264 High profile 4:2:0 and AAC-LC. {@code veryfast} because the two cores are
 * shared with the whole system; CRF 23 is x264's default quality.
 */
final class H264 {

    static final String[] VIDEO = {"-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-profile:v", "high", "-pix_fmt", "yuv420p"};
    static final String[] AUDIO = {"-c:a", "aac", "-b:a", "128k", "-ac", "2"};

    private H264() {
    }

    /** Whether a probed video stream plays in browsers as it is: H.264, 8-bit 4:2:0, a common profile. */
    static boolean playable(ProbedStream video) {
        return "h264".equals(video.codecName()) && "yuv420p".equals(video.pixelFormat())
                && video.profile() != null && (video.profile().equals("High") || video.profile().equals("Main")
                || video.profile().contains("Baseline"));
    }

    /** Whether a probed audio stream plays in browsers inside MP4 as it is: AAC-LC (or HE-AAC). */
    static boolean playableAudio(ProbedStream audio) {
        return "aac".equals(audio.codecName()) && (audio.profile() == null || audio.profile().equals("LC") || audio.profile().startsWith("HE-AAC"));
    }
}
