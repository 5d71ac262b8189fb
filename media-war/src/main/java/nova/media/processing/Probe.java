package nova.media.processing;

import java.util.List;
import java.util.Optional;

/**
 * What ffprobe read from a file's headers.
 *
 * @param container ffprobe's format name (e.g. {@code mov,mp4,m4a,3gp,3g2,mj2})
 * @param durationSeconds null for a still image
 */
public record Probe(String container, Double durationSeconds, List<ProbedStream> streams) {

    public Probe {
        streams = List.copyOf(streams);
    }

    /** The first picture stream (a still image's one frame counts), not cover art. */
    public Optional<ProbedStream> video() {
        return streams.stream().filter(ProbedStream::isVideo).findFirst();
    }

    public Optional<ProbedStream> audio() {
        return streams.stream().filter(ProbedStream::isAudio).findFirst();
    }

    /** Width as displayed: after the rotation a player applies. */
    public Integer width() {
        return video().map(v -> quarterTurned(v) ? v.height() : v.width()).orElse(null);
    }

    /** Height as displayed: after the rotation a player applies. */
    public Integer height() {
        return video().map(v -> quarterTurned(v) ? v.width() : v.height()).orElse(null);
    }

    public int rotation() {
        return video().map(ProbedStream::rotation).orElse(0);
    }

    private static boolean quarterTurned(ProbedStream stream) {
        return stream.rotation() == 90 || stream.rotation() == 270;
    }
}
