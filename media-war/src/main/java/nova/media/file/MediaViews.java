package nova.media.file;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import nova.contracts.media.Media;
import nova.contracts.media.MediaVariant;
import nova.media.serving.FileUrls;

/** A file as the API shows it: its metadata once processed, and its variants' URLs (signed when private). */
@ApplicationScoped
public class MediaViews {

    /** The order variants are listed in. */
    static final List<String> ORDER = List.of("original", "small", "medium", "large", "poster", "mp4", "hls");

    @Inject
    FileUrls urls;

    public Media view(MediaFile file, MediaMetadata metadata, List<StoredVariant> variants, Instant now) {
        List<MediaVariant> shown = variants.stream()
                .sorted(Comparator.comparingInt(v -> ORDER.indexOf(v.name())))
                .map(v -> new MediaVariant(v.name(),
                        file.isPrivate() ? urls.signedUrl(file.id(), v.name(), now) : urls.publicUrl(file.id(), v.name()),
                        v.mimeType(), v.width(), v.height(), v.size()))
                .toList();
        return new Media(file.id(), file.ownerId(), file.kind(), file.status(), file.mimeType(), file.fileName(),
                file.size(), metadata == null ? null : metadata.width(), metadata == null ? null : metadata.height(),
                metadata == null ? null : metadata.durationSeconds(), metadata == null ? null : metadata.blurhash(),
                metadata == null ? null : metadata.focalPoint(), file.description(), file.visibility(), shown,
                file.createdAt(), file.processedAt());
    }
}
