package nova.media.transcode;

/** A processing output once stored: its variant name, content-addressed key, hash, type, dimensions and size. */
public record StoredOutput(String name, String key, String sha256, String mimeType, Integer width, Integer height,
                           long size) {
}
