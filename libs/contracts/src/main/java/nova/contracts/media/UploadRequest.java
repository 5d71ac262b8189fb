package nova.contracts.media;

/**
 * Asks for an upload ticket. {@code fileName} is metadata only (never a path, never the type);
 * {@code declaredSize} in bytes, checked against the limits and the caller's quota up front (nullable: the
 * upload is then cut off at the largest limit); {@code visibility} {@code public} (default when null) or
 * {@code private}; {@code description} alt text, at most 1500 characters, nullable.
 */
public record UploadRequest(String fileName, Long declaredSize, String visibility, String description) {
}
