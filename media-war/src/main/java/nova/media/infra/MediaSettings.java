package nova.media.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The media context's configuration, read once (META-INF/microprofile-config.properties has every default and
 * says what each is; the environment overrides any of them, e.g. {@code NOVA_MEDIA_MAX_BYTES_VIDEO}).
 */
@ApplicationScoped
public class MediaSettings {

    @Inject
    @ConfigProperty(name = "nova.media.dir")
    String dir;

    /** The key of tickets and signed URLs: from the environment only ({@code NOVA_MEDIA_SIGNING_SECRET}). */
    @Inject
    @ConfigProperty(name = "nova.media.signing.secret")
    Optional<String> signingSecret;

    @Inject
    @ConfigProperty(name = "nova.media.cdn-base-url", defaultValue = "http://localhost:9085")
    String cdnBaseUrl;

    @Inject
    @ConfigProperty(name = "nova.media.public-url", defaultValue = "http://localhost:9085")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "nova.media.max-bytes.image", defaultValue = "16777216")
    long maxImageBytes;

    @Inject
    @ConfigProperty(name = "nova.media.max-bytes.video", defaultValue = "104857600")
    long maxVideoBytes;

    @Inject
    @ConfigProperty(name = "nova.media.max-bytes.audio", defaultValue = "20971520")
    long maxAudioBytes;

    @Inject
    @ConfigProperty(name = "nova.media.max-pixels", defaultValue = "50000000")
    long maxPixels;

    @Inject
    @ConfigProperty(name = "nova.media.max-dimension", defaultValue = "10000")
    int maxDimension;

    @Inject
    @ConfigProperty(name = "nova.media.max-duration", defaultValue = "PT10M")
    Duration maxDuration;

    @Inject
    @ConfigProperty(name = "nova.media.quota-bytes", defaultValue = "1073741824")
    long quotaBytes;

    @Inject
    @ConfigProperty(name = "nova.media.ticket-ttl", defaultValue = "PT15M")
    Duration ticketTtl;

    @Inject
    @ConfigProperty(name = "nova.media.private-url-ttl", defaultValue = "PT1H")
    Duration privateUrlTtl;

    @Inject
    @ConfigProperty(name = "nova.media.ffmpeg", defaultValue = "ffmpeg")
    String ffmpeg;

    @Inject
    @ConfigProperty(name = "nova.media.ffprobe", defaultValue = "ffprobe")
    String ffprobe;

    public Path dir() {
        return Path.of(dir);
    }

    public Optional<String> signingSecret() {
        return signingSecret.filter(s -> !s.isBlank());
    }

    public String cdnBaseUrl() {
        return withoutTrailingSlash(cdnBaseUrl);
    }

    public String publicUrl() {
        return withoutTrailingSlash(publicUrl);
    }

    /** The most bytes a file of {@code kind} may have. */
    public long maxBytes(String kind) {
        return switch (kind) {
            case "image" -> maxImageBytes;
            case "video" -> maxVideoBytes;
            case "audio" -> maxAudioBytes;
            default -> throw new IllegalArgumentException("no such kind: " + kind);
        };
    }

    /** The most bytes any upload may have, before its kind is known. */
    public long largestMaxBytes() {
        return Math.max(maxImageBytes, Math.max(maxVideoBytes, maxAudioBytes));
    }

    public long maxPixels() {
        return maxPixels;
    }

    public int maxDimension() {
        return maxDimension;
    }

    public Duration maxDuration() {
        return maxDuration;
    }

    public long quotaBytes() {
        return quotaBytes;
    }

    public Duration ticketTtl() {
        return ticketTtl;
    }

    public Duration privateUrlTtl() {
        return privateUrlTtl;
    }

    public String ffmpeg() {
        return ffmpeg;
    }

    public String ffprobe() {
        return ffprobe;
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
