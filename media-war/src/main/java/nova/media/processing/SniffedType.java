package nova.media.processing;

import java.util.Set;

/**
 * A file type recognised from its first bytes, with what follows from it: the canonical MIME type, the kind,
 * the extension stored files get, the ffmpeg demuxer forced when reading it (so ffmpeg never guesses a
 * format of its own, such as a playlist that would fetch URLs) and the codecs such a file may hold.
 */
public enum SniffedType {
    JPEG("image/jpeg", MediaKind.IMAGE, "jpg", "jpeg_pipe", Set.of("mjpeg")),
    PNG("image/png", MediaKind.IMAGE, "png", "png_pipe", Set.of("png")),
    GIF("image/gif", MediaKind.IMAGE, "gif", "gif", Set.of("gif")),
    WEBP("image/webp", MediaKind.IMAGE, "webp", "webp_pipe", Set.of("webp")),
    MP4("video/mp4", MediaKind.VIDEO, "mp4", "mov",
            Set.of("h264", "hevc", "mpeg4", "av1", "vp9", "aac", "mp3", "opus", "alac", "ac3", "eac3")),
    QUICKTIME("video/quicktime", MediaKind.VIDEO, "mov", "mov",
            Set.of("h264", "hevc", "mpeg4", "prores", "mjpeg", "aac", "mp3", "alac", "pcm_s16le", "pcm_s16be", "pcm_s24le")),
    WEBM("video/webm", MediaKind.VIDEO, "webm", "matroska", Set.of("vp8", "vp9", "av1", "vorbis", "opus")),
    MP3("audio/mpeg", MediaKind.AUDIO, "mp3", "mp3", Set.of("mp3")),
    OGG("audio/ogg", MediaKind.AUDIO, "ogg", "ogg", Set.of("vorbis", "opus", "flac")),
    M4A("audio/mp4", MediaKind.AUDIO, "m4a", "mov", Set.of("aac", "alac", "mp3"));

    private final String mimeType;
    private final MediaKind kind;
    private final String extension;
    private final String demuxer;
    private final Set<String> codecs;

    SniffedType(String mimeType, MediaKind kind, String extension, String demuxer, Set<String> codecs) {
        this.mimeType = mimeType;
        this.kind = kind;
        this.extension = extension;
        this.demuxer = demuxer;
        this.codecs = codecs;
    }

    public String mimeType() {
        return mimeType;
    }

    /** The kind the magic bytes promise; {@link Inspected#kind()} corrects it by the streams found (an MP4 with sound only is audio). */
    public MediaKind kind() {
        return kind;
    }

    public String extension() {
        return extension;
    }

    /** The ffmpeg/ffprobe input format ({@code -f}) for this type. */
    public String demuxer() {
        return demuxer;
    }

    /** The decodable codecs a file of this type may carry; any other stream makes the file suspicious. */
    public Set<String> codecs() {
        return codecs;
    }
}
