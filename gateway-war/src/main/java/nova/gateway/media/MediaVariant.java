package nova.gateway.media;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One stored rendition of a media file: the sanitized original, a thumbnail, the MP4, the HLS playlist, "
        + "the poster frame")
public class MediaVariant {

    private final nova.contracts.media.MediaVariant variant;

    MediaVariant(nova.contracts.media.MediaVariant variant) {
        this.variant = variant;
    }

    @NonNull
    @Description("original, small, medium, large, poster, mp4 or hls (new names need no schema change)")
    public String getName() {
        return variant.name();
    }

    @NonNull
    @Description("Where to fetch it, on the CDN base URL; for private media a signed URL that expires")
    public String getUrl() {
        return variant.url();
    }

    public String getMimeType() {
        return variant.mimeType();
    }

    public Integer getWidth() {
        return variant.width();
    }

    public Integer getHeight() {
        return variant.height();
    }

    @Description("Bytes (absent for a playlist whose segments are counted apart)")
    public Integer getSize() {
        return Sizes.bytes(variant.size());
    }
}
