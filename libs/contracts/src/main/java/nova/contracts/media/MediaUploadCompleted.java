package nova.contracts.media;

import java.util.Objects;
import java.util.UUID;

/**
 * {@code media.upload.completed}: the bytes are stored and their type is known from the content; processing is
 * queued. {@code kind} is {@code image}, {@code video} or {@code audio}; {@code size} in bytes.
 */
public record MediaUploadCompleted(UUID mediaId, UUID ownerId, String kind, String mimeType, long size)
        implements MediaEvent {

    public static final String TYPE = "media.upload.completed";

    /** Refuses a payload without what every consumer relies on. */
    public MediaUploadCompleted {
        Objects.requireNonNull(mediaId, "mediaId");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mimeType, "mimeType");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
