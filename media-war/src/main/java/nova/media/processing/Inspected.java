package nova.media.processing;

/**
 * An upload typed from its content and read from its headers, within the limits: safe to process.
 *
 * @param kind what the streams make it (an MP4 holding sound only is audio)
 */
public record Inspected(SniffedType type, MediaKind kind, Probe probe) {

    /** The canonical MIME type of what was uploaded (never the client's Content-Type). */
    public String mimeType() {
        return kind == MediaKind.AUDIO && type == SniffedType.MP4 ? SniffedType.M4A.mimeType() : type.mimeType();
    }
}
