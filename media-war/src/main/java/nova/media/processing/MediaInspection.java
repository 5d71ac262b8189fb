package nova.media.processing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether an upload is media Nova accepts, before anything decodes it: the magic bytes name a type, no
 * markup or archive rides along, ffprobe (forced to that type's demuxer) reads a container of that family with
 * streams of codecs that type may carry, and the header's dimensions and duration are within the limits.
 */
public final class MediaInspection {

    /** ffprobe's format name for each demuxer {@link SniffedType} forces. */
    private static final Map<String, String> CONTAINERS = Map.of("jpeg_pipe", "jpeg_pipe", "png_pipe", "png_pipe", "gif", "gif",
            "webp_pipe", "webp_pipe", "mov", "mov,mp4,m4a,3gp,3g2,mj2", "matroska", "matroska,webm", "mp3", "mp3", "ogg", "ogg");
    private static final Set<String> MEDIA_STREAMS = Set.of("video", "audio");

    private final MediaProbe probe;
    private final ProcessingLimits limits;

    public MediaInspection(MediaTools tools, ProcessingLimits limits) {
        this.probe = new MediaProbe(tools, limits);
        this.limits = limits;
    }

    /**
     * @throws UnsupportedMedia not a type Nova accepts, or not what its first bytes claim (415)
     * @throws UnreadableMedia truncated, corrupt, no usable stream, or over the limits (422)
     * @throws ProcessingFailed ffprobe missing or too slow (worth a retry)
     */
    public Inspected inspect(Path file) {
        SniffedType type = MediaSniffer.sniff(head(file))
                .orElseThrow(() -> new UnsupportedMedia("the content is not an image, video or audio type Nova accepts"));
        EmbeddedContent.find(file).ifPresent(found -> {
            throw new UnsupportedMedia("the " + type.extension() + " file carries " + found);
        });
        Probe probed = probe.probe(file, type);
        MediaKind kind = agree(type, probed);
        limits.check(probed);
        return new Inspected(type, kind, probed);
    }

    /** The container and every audio/video stream must be what the magic bytes promised; returns the kind they make. */
    private static MediaKind agree(SniffedType type, Probe probed) {
        if (!CONTAINERS.get(type.demuxer()).equals(probed.container())) {
            throw new UnsupportedMedia("the container is not " + type.extension());
        }
        for (ProbedStream stream : probed.streams()) {
            if (MEDIA_STREAMS.contains(stream.codecType()) && !stream.attachedPicture() && !type.codecs().contains(stream.codecName())) {
                throw new UnsupportedMedia("a " + type.extension() + " file may not hold a " + stream.codecName() + " " + stream.codecType() + " stream");
            }
        }
        boolean picture = probed.video().isPresent();
        boolean sound = probed.audio().isPresent();
        return switch (type.kind()) {
            case IMAGE -> {
                if (!picture || sound) {
                    throw new UnreadableMedia("no picture in the " + type.extension() + " file");
                }
                yield MediaKind.IMAGE;
            }
            case VIDEO -> {
                if (!picture && !sound) {
                    throw new UnreadableMedia("no video or audio stream in the " + type.extension() + " file");
                }
                yield picture ? MediaKind.VIDEO : MediaKind.AUDIO;
            }
            case AUDIO -> {
                if (!sound) {
                    throw new UnreadableMedia("no audio stream in the " + type.extension() + " file");
                }
                yield MediaKind.AUDIO;
            }
        };
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(MediaSniffer.HEAD_BYTES);
        } catch (IOException e) {
            throw new ProcessingFailed("the upload could not be read", e);
        }
    }
}
