package nova.gateway.media;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An uploaded file and what processing made of it. Its dimensions, duration, blurhash, focal point and "
        + "variants arrive when status is COMPLETE")
public class Media {

    private final nova.contracts.media.Media media;

    public Media(nova.contracts.media.Media media) {
        this.media = media;
    }

    @Id
    @NonNull
    public String getId() {
        return media.id().toString();
    }

    @NonNull
    public MediaKind getKind() {
        return MediaKind.of(media.kind());
    }

    @NonNull
    public MediaStatus getStatus() {
        return MediaStatus.of(media.status());
    }

    @Description("The type the content was found to be (never the one the file name or the upload claimed)")
    public String getMimeType() {
        return media.mimeType();
    }

    @Description("The name the file was uploaded with: a label only, never a path")
    public String getFileName() {
        return media.fileName();
    }

    @NonNull
    @Description("Bytes as uploaded")
    public int getSize() {
        return Sizes.bytes(media.size());
    }

    @Description("Pixels (images, video)")
    public Integer getWidth() {
        return media.width();
    }

    public Integer getHeight() {
        return media.height();
    }

    @Description("Seconds (video, audio)")
    public Double getDurationSeconds() {
        return media.durationSeconds();
    }

    @Description("A short text that decodes to a blurred preview, shown while the image loads (blurha.sh)")
    public String getBlurhash() {
        return media.blurhash();
    }

    public FocalPoint getFocalPoint() {
        return media.focalPoint() == null ? null : new FocalPoint(media.focalPoint());
    }

    @Description("Alternative text for those who cannot see it")
    public String getDescription() {
        return media.description();
    }

    @NonNull
    public MediaVisibility getVisibility() {
        return MediaVisibility.of(media.visibility());
    }

    @NonNull
    @Description("The stored renditions; empty until processing is complete")
    public List<@NonNull MediaVariant> getVariants() {
        return media.variants() == null ? List.of() : media.variants().stream().map(MediaVariant::new).toList();
    }

    @NonNull
    public OffsetDateTime getCreatedAt() {
        return utc(media.createdAt());
    }

    @Description("When processing ended (complete or failed)")
    public OffsetDateTime getProcessedAt() {
        return utc(media.processedAt());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
