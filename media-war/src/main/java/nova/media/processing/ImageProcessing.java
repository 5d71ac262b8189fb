package nova.media.processing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the stored variants of an image. The original is re-encoded by ffmpeg, so nothing of the upload's bytes
 * survives: EXIF (GPS, camera serials), XMP, ICC, comments and anything appended are gone, and the EXIF orientation
 * is applied to the pixels first (ffmpeg turns the picture by it) so no viewer needs the tag. Thumbnails and the
 * blurhash are then made from that clean original in one more ffmpeg run. Decoding errors are fatal: a truncated
 * image is refused, never stored half grey.
 * <p>
 * An animated GIF keeps its animation (re-encoded through a fresh palette), its thumbnails show its first frame, and
 * it also gets an {@code mp4} variant as Mastodon makes: a looping H.264 video a tenth of the size, which clients
 * play instead when they can. The kind stays {@code image}.
 * <p>
 * {@code outDir} is the job's scratch directory: the core deletes it whatever happens.
 */
public final class ImageProcessing {

    private final MediaTools tools;

    public ImageProcessing(MediaTools tools) {
        this.tools = tools;
    }

    /** Inspects the file first (type from content, limits from the header), then processes it. */
    public ImageResult process(Path original, Path outDir, ProcessingLimits limits) {
        return process(original, outDir, new MediaInspection(tools, limits).inspect(original), limits);
    }

    /** Processes a file {@link MediaInspection} already accepted. */
    public ImageResult process(Path original, Path outDir, Inspected inspected, ProcessingLimits limits) {
        if (inspected.kind() != MediaKind.IMAGE) {
            throw new UnsupportedMedia("not an image");
        }
        SniffedType type = inspected.type();
        boolean animated = type == SniffedType.GIF && inspected.probe().video().map(ProbedStream::frames).orElse(1) > 1;
        createDirectories(outDir);

        Path clean = outDir.resolve("original." + type.extension());
        // an animation is re-encoded whole: give it the time a video of its length gets
        run(sanitise(original, type, animated, limits).output(clean), animated ? tools.timeoutFor(inspected.probe().durationSeconds()) : tools.timeout(), 0);
        Probe cleanProbe = new MediaProbe(tools, limits).probe(clean, type);
        int width = cleanProbe.width();
        int height = cleanProbe.height();

        List<VariantFile> variants = new ArrayList<>();
        variants.add(VariantFile.of("original", clean, type.mimeType(), width, height));
        String blurhash = thumbnails(clean, type, width, height, outDir, limits, variants);
        if (animated) {
            variants.add(new AnimationVideo(tools).encode(clean, outDir.resolve("animation.mp4"), inspected.probe(), limits, width, height));
        }
        return new ImageResult(variants, width, height, blurhash, Focus.CENTRE, animated);
    }

    private FfmpegCommand sanitise(Path original, SniffedType type, boolean animated, ProcessingLimits limits) {
        FfmpegCommand command = FfmpegCommand.reading(tools, original, type, limits, true).add("-map", "0:v:0");
        if (!animated) {
            command.add("-frames:v", "1");
        }
        return switch (type) {
            case JPEG -> command.add("-c:v", "mjpeg", "-q:v", "2");
            case PNG -> command.add("-c:v", "png");
            case WEBP -> command.add("-c:v", "libwebp", "-quality", "90");
            case GIF -> command.add("-filter_complex", "[0:v:0]split[a][b];[a]palettegen=reserve_transparent=1[p];[b][p]paletteuse",
                    "-c:v", "gif", "-f", "gif");
            default -> throw new UnsupportedMedia("not an image");
        };
    }

    /** small, medium and large from the clean original, and the blurhash's samples on stdout, in one decode. */
    private String thumbnails(Path clean, SniffedType type, int width, int height, Path outDir, ProcessingLimits limits,
                              List<VariantFile> variants) {
        ThumbnailSize[] sizes = ThumbnailSize.values();
        StringBuilder graph = new StringBuilder("[0:v:0]split=" + (sizes.length + 1));
        for (ThumbnailSize size : sizes) {
            graph.append('[').append(size.variant()).append(']');
        }
        graph.append("[hash]");
        List<int[]> fitted = new ArrayList<>();
        for (ThumbnailSize size : sizes) {
            int[] fit = size.fit(width, height);
            fitted.add(fit);
            graph.append(";[").append(size.variant()).append("]scale=").append(fit[0]).append(':').append(fit[1])
                    .append(":flags=lanczos[").append(size.variant()).append("-out]");
        }
        int[] sample = ThumbnailSize.fitInto(Blurhash.SAMPLE_BOX, width, height);
        graph.append(";[hash]scale=").append(sample[0]).append(':').append(sample[1]).append(":flags=area,format=rgb24[hash-out]");

        FfmpegCommand command = FfmpegCommand.reading(tools, clean, type, limits, true).add("-filter_complex", graph.toString());
        SniffedType thumbnailType = type == SniffedType.GIF ? SniffedType.PNG : type;
        List<Path> files = new ArrayList<>();
        for (ThumbnailSize size : sizes) {
            Path file = outDir.resolve(size.variant() + "." + thumbnailType.extension());
            files.add(file);
            command.add("-map", "[" + size.variant() + "-out]", "-frames:v", "1").add(encoder(thumbnailType)).output(file);
        }
        command.add("-map", "[hash-out]", "-frames:v", "1", "-f", "rawvideo", "pipe:1");
        ExternalProcess.Outcome outcome = run(command, tools.timeout(), sample[0] * sample[1] * 3);
        for (int i = 0; i < sizes.length; i++) {
            variants.add(VariantFile.of(sizes[i].variant(), files.get(i), thumbnailType.mimeType(), fitted.get(i)[0], fitted.get(i)[1]));
        }
        return Blurhash.ofRgb24(outcome.stdout(), sample[0], sample[1]);
    }

    private static String[] encoder(SniffedType type) {
        return switch (type) {
            case JPEG -> new String[] {"-c:v", "mjpeg", "-q:v", "3"};
            case WEBP -> new String[] {"-c:v", "libwebp", "-quality", "82"};
            default -> new String[] {"-c:v", "png"};
        };
    }

    private static ExternalProcess.Outcome run(FfmpegCommand command, Duration timeout, int stdoutBytes) {
        ExternalProcess.Outcome outcome = ExternalProcess.run(command.build(), timeout, stdoutBytes);
        if (!outcome.succeeded()) {
            throw new UnreadableMedia("the image could not be decoded: " + outcome.stderrTail());
        }
        return outcome;
    }

    private static void createDirectories(Path outDir) {
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new ProcessingFailed("the output directory could not be made", e);
        }
    }
}
