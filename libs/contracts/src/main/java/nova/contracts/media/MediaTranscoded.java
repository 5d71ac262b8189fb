package nova.contracts.media;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** {@code media.transcoded}: a video's playable renditions are stored; {@code variants} e.g. {@code mp4, hls, poster}. */
public record MediaTranscoded(UUID mediaId, UUID ownerId, List<String> variants) implements MediaEvent {

    public static final String TYPE = "media.transcoded";

    public MediaTranscoded {
        Objects.requireNonNull(mediaId, "mediaId");
        Objects.requireNonNull(ownerId, "ownerId");
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
