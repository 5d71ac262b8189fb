package nova.media.transcode;

import java.nio.file.Path;
import java.util.List;
import nova.contracts.media.FocalPoint;

/**
 * What one processing run made of a file, before it is stored: what it found and the variant files it wrote
 * (in the job's work directory).
 */
public record ProcessedMedia(Integer width, Integer height, Double durationSeconds, String container,
                             String videoCodec, String audioCodec, String blurhash, FocalPoint focalPoint,
                             List<Output> outputs) {

    public ProcessedMedia {
        outputs = List.copyOf(outputs);
    }

    /** One variant written by processing: a file, or a directory for HLS. */
    public record Output(String name, Path path, String mimeType, String extension, Integer width, Integer height) {
    }

    /** Whether it made what only a video transcode makes. */
    public boolean isTranscode() {
        return outputs.stream().anyMatch(o -> o.name().equals("mp4") || o.name().equals("hls"));
    }
}
