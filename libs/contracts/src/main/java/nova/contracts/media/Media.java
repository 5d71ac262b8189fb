package nova.contracts.media;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A media file as its owner and viewers see it. {@code kind} is {@code image}, {@code video} or {@code audio};
 * {@code status} {@code queued}, {@code in_progress}, {@code complete} or {@code failed}; {@code visibility}
 * {@code public} or {@code private}. Dimensions, duration, blurhash, focal point and {@code processedAt} are
 * null until processing has found them; {@code variants} is empty until the file is processed (the upload
 * itself is never served: an image's EXIF and location only leave in the processed {@code original}).
 */
public record Media(UUID id, UUID ownerId, String kind, String status, String mimeType, String fileName, long size,
                   Integer width, Integer height, Double durationSeconds, String blurhash, FocalPoint focalPoint,
                   String description, String visibility, List<MediaVariant> variants, Instant createdAt,
                   Instant processedAt) {

    public Media {
        variants = variants == null ? List.of() : List.copyOf(variants);
    }
}
