package nova.contracts.media;

import java.util.Objects;
import java.util.UUID;

/** {@code media.deleted}: the file and every variant are gone; whoever shows it stops doing so. */
public record MediaDeleted(UUID mediaId, UUID ownerId) implements MediaEvent {

    public static final String TYPE = "media.deleted";

    public MediaDeleted {
        Objects.requireNonNull(mediaId, "mediaId");
        Objects.requireNonNull(ownerId, "ownerId");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
