package nova.contracts.media;

/**
 * One stored rendition of a media file: {@code name} is one of {@code original, small, medium, large, poster,
 * mp4, hls}; {@code url} starts with the configured CDN base URL (signed and expiring for private media).
 * Width, height and size are null when they do not apply or are not known.
 */
public record MediaVariant(String name, String url, String mimeType, Integer width, Integer height, Long size) {
}
