package nova.media.processing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Keeps an audio upload as it was when browsers play it (MP3; Vorbis or Opus in Ogg; AAC in M4A): its audio stream
 * is copied bit for bit into a fresh container of the same type. The copy, not the upload, is stored: ID3/Vorbis tags
 * and cover art (a JPEG that may carry EXIF and GPS) are left behind, and so is anything else riding in the file.
 * Other codecs (FLAC in Ogg, ALAC in M4A) are encoded to AAC in M4A.
 */
public final class AudioProcessing {

    private static final Map<SniffedType, Set<String>> PLAYABLE = Map.of(SniffedType.MP3, Set.of("mp3"), SniffedType.OGG, Set.of("vorbis", "opus"),
            SniffedType.M4A, Set.of("aac", "mp3"), SniffedType.MP4, Set.of("aac", "mp3"));
    private static final Map<SniffedType, String> MUXER = Map.of(SniffedType.MP3, "mp3", SniffedType.OGG, "ogg", SniffedType.M4A, "ipod",
            SniffedType.MP4, "ipod");

    private final MediaTools tools;
    private final ProcessingLimits limits;

    public AudioProcessing(MediaTools tools, ProcessingLimits limits) {
        this.tools = tools;
        this.limits = limits;
    }

    /** @param inspected what {@link MediaInspection} found (kind {@code audio}) */
    public AudioResult process(Path original, Path outDir, Inspected inspected) {
        if (inspected.kind() != MediaKind.AUDIO) {
            throw new UnsupportedMedia("not audio");
        }
        ProbedStream audio = inspected.probe().audio().orElseThrow(() -> new UnreadableMedia("no audio stream"));
        boolean playable = PLAYABLE.getOrDefault(inspected.type(), Set.of()).contains(audio.codecName());
        SniffedType outType = playable ? (inspected.type() == SniffedType.MP4 ? SniffedType.M4A : inspected.type()) : SniffedType.M4A;
        createDirectories(outDir);
        Path out = outDir.resolve("audio." + outType.extension());
        FfmpegCommand command = FfmpegCommand.reading(tools, original, inspected.type(), limits, false).add("-map", "0:a:0", "-vn");
        if (playable) {
            command.add("-c:a", "copy");
        } else {
            command.add(H264.AUDIO);
        }
        if (outType == SniffedType.MP3) {
            command.add("-id3v2_version", "0", "-write_id3v1", "0");
        }
        command.add("-f", MUXER.get(outType)).output(out);
        ExternalProcess.Outcome outcome = ExternalProcess.run(command.build(), tools.timeoutFor(inspected.probe().durationSeconds()), 0);
        if (!outcome.succeeded()) {
            throw new UnreadableMedia("the audio could not be read: " + outcome.stderrTail());
        }
        Probe produced = new MediaProbe(tools, limits).probe(out, outType);
        double duration = produced.durationSeconds() == null ? 0 : produced.durationSeconds();
        String codec = produced.audio().map(ProbedStream::codecName).orElseThrow(() -> new UnreadableMedia("no audio could be read"));
        return new AudioResult(VariantFile.of("original", out, outType.mimeType(), null, null), duration, codec, playable);
    }

    private static void createDirectories(Path outDir) {
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new ProcessingFailed("the output directory could not be made", e);
        }
    }
}
