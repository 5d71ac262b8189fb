package nova.media.processing;

/**
 * One stream as ffprobe reported it from the container and codec headers (nothing decoded).
 *
 * @param codecType {@code video}, {@code audio}, {@code subtitle}, {@code data}, ...
 * @param attachedPicture cover art in an audio file: a still, not a video
 * @param frames the frame count the container declares (a GIF's frames), null when it does not say
 * @param rotation the display rotation in degrees (0, 90, 180, 270) a player applies
 */
public record ProbedStream(int index, String codecType, String codecName, String profile, String pixelFormat,
                           Integer width, Integer height, Double durationSeconds, Integer frames, int rotation, boolean attachedPicture) {

    public boolean isVideo() {
        return "video".equals(codecType) && !attachedPicture;
    }

    public boolean isAudio() {
        return "audio".equals(codecType);
    }
}
