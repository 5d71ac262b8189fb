package nova.contracts.media;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code media.processed}: the file is ready ({@code complete}); what processing found and the names of the
 * variants now stored (e.g. {@code original, small, medium, large}). Width, height, duration and blurhash are
 * null where they do not apply (audio has no width; an image no duration).
 */
public record MediaProcessed(UUID mediaId, UUID ownerId, String kind, Integer width, Integer height,
                             Double durationSeconds, String blurhash, List<String> variants) implements MediaEvent {

    public static final String TYPE = "media.processed";

    public MediaProcessed {
        Objects.requireNonNull(mediaId, "mediaId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(kind, "kind");
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
