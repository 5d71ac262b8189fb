/**
 * Media processing: pure classes over files and the ffmpeg/ffprobe binaries, no database and no REST.
 * <p>
 * The core's job loop calls them in this order: {@link nova.media.processing.MediaInspection} types an upload
 * from its content (magic bytes, a scan for embedded markup or archives, ffprobe with the demuxer forced to the
 * sniffed type, the header's dimensions and duration against {@link nova.media.processing.ProcessingLimits}) before
 * anything is decoded; then {@link nova.media.processing.ImageProcessing}, {@link nova.media.processing.VideoProcessing}
 * or {@link nova.media.processing.AudioProcessing} writes the variants into an output directory. Refusals are
 * {@link nova.media.processing.UnsupportedMedia} (415) and {@link nova.media.processing.UnreadableMedia} (422);
 * {@link nova.media.processing.ProcessingFailed} is ours (a timeout, a missing binary) and worth a retry.
 */
package nova.media.processing;
