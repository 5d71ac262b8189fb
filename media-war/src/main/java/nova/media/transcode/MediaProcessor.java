package nova.media.transcode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import nova.contracts.media.FocalPoint;
import nova.media.infra.MediaSettings;
import nova.media.processing.AudioProcessing;
import nova.media.processing.AudioResult;
import nova.media.processing.ImageProcessing;
import nova.media.processing.ImageResult;
import nova.media.processing.Inspected;
import nova.media.processing.MediaInspection;
import nova.media.processing.MediaKind;
import nova.media.processing.MediaTools;
import nova.media.processing.ProbedStream;
import nova.media.processing.ProcessingLimits;
import nova.media.processing.VariantFile;
import nova.media.processing.VideoProcessing;
import nova.media.processing.VideoResult;
import nova.media.upload.UploadService;

/**
 * Runs the processing classes of {@code nova.media.processing} over one claimed file: inspects it again (the
 * bytes on disk are what counts, whatever the upload found), then makes its variants in the job's work directory.
 */
@ApplicationScoped
public class MediaProcessor {

    @Inject
    MediaSettings settings;

    public ProcessedMedia process(JobQueue.Claimed claimed, Path original, Path work, DoubleConsumer progress) {
        // one short run may take a minute; a transcode gets more from the processing classes (by its duration)
        MediaTools tools = new MediaTools(settings.ffmpeg(), settings.ffprobe(), Duration.ofSeconds(60));
        ProcessingLimits limits = UploadService.limits(settings);
        Inspected inspected = new MediaInspection(tools, limits).inspect(original);
        String container = inspected.probe().container();
        String videoCodec = inspected.probe().video().map(ProbedStream::codecName).orElse(null);
        String audioCodec = inspected.probe().audio().map(ProbedStream::codecName).orElse(null);
        if (inspected.kind() == MediaKind.IMAGE) {
            ImageResult image = new ImageProcessing(tools).process(original, work.resolve("image"), inspected, limits);
            progress.accept(1);
            return new ProcessedMedia(image.width(), image.height(), null, container, videoCodec, audioCodec,
                    image.blurhash(), new FocalPoint(image.focus().x(), image.focus().y()), outputs(image.variants()));
        }
        if (inspected.kind() == MediaKind.VIDEO) {
            VideoResult video = new VideoProcessing(tools, limits).transcode(original, work.resolve("video"), inspected,
                    progress::accept);
            progress.accept(1);
            // the MP4 is H.264/AAC whatever came in
            return new ProcessedMedia(video.width(), video.height(), video.durationSeconds(), container, videoCodec,
                    audioCodec, video.blurhash(), null, outputs(video.variants()));
        }
        AudioResult audio = new AudioProcessing(tools, limits).process(original, work.resolve("audio"), inspected);
        progress.accept(1);
        return new ProcessedMedia(null, null, audio.durationSeconds(), container, null, audio.codec(), null, null,
                outputs(List.of(audio.original())));
    }

    /** The processing classes' files as outputs to store; an HLS playlist stands for its whole directory. */
    static List<ProcessedMedia.Output> outputs(List<VariantFile> variants) {
        List<ProcessedMedia.Output> outputs = new ArrayList<>();
        for (VariantFile v : variants) {
            if (v.name().equals("hls")) {
                outputs.add(new ProcessedMedia.Output("hls", v.directory(), v.mimeType(), "hls", v.width(), v.height()));
            } else {
                outputs.add(new ProcessedMedia.Output(v.name(), v.file(), v.mimeType(), extension(v.file()), v.width(),
                        v.height()));
            }
        }
        return outputs;
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "bin" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return ext.matches("[a-z0-9]{1,5}") ? ext : "bin";
    }
}
