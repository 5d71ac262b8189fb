package nova.media.transcode;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.function.DoubleConsumer;
import nova.media.processing.ProcessingFailed;

/** Runs the processing classes of {@code nova.media.processing} over one claimed file. */
@ApplicationScoped
public class MediaProcessor {

    public ProcessedMedia process(JobQueue.Claimed claimed, Path original, Path work, DoubleConsumer progress) {
        throw new ProcessingFailed("image, video and audio processing are not merged yet");
    }
}
