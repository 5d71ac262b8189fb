package nova.media.processing;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a file's container and stream headers with ffprobe, the demuxer forced to the type the magic bytes gave:
 * ffprobe never guesses a format (a playlist, a concat script) of its own, and reads local files only.
 * <p>
 * ffprobe decodes a first frame to fill in some streams (a 12000×12000 PNG of 429 bytes costs it 470 MB), so the
 * decoders get {@code -max_pixels} from the limits: a larger frame is never allocated, and its stream comes back
 * without dimensions, which {@link ProcessingLimits#check} refuses.
 */
public final class MediaProbe {

    private static final int MAX_JSON = 1024 * 1024;

    private final MediaTools tools;
    private final ProcessingLimits limits;

    public MediaProbe(MediaTools tools, ProcessingLimits limits) {
        this.tools = tools;
        this.limits = limits;
    }

    /**
     * @throws UnreadableMedia when ffprobe cannot read the file as {@code type} or finds no stream
     * @throws ProcessingFailed when ffprobe is missing or does not finish in time
     */
    public Probe probe(Path file, SniffedType type) {
        List<String> command = List.of(tools.ffprobe(), "-v", "error", "-print_format", "json", "-show_format", "-show_streams",
                "-max_pixels", Long.toString(limits.maxPixels()), "-protocol_whitelist", "file", "-f", type.demuxer(), "-i", "file:" + file.toAbsolutePath());
        ExternalProcess.Outcome outcome = ExternalProcess.run(command, tools.timeout(), MAX_JSON);
        if (!outcome.succeeded()) {
            throw new UnreadableMedia("not a readable " + type.extension() + " file: " + outcome.stderrTail());
        }
        Probe probe = parse(outcome.stdout(), type);
        if (probe.streams().isEmpty()) {
            throw new UnreadableMedia("no stream in the " + type.extension() + " file");
        }
        return probe;
    }

    private static Probe parse(byte[] json, SniffedType type) {
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json))) {
            JsonObject root = reader.readObject();
            JsonObject format = root.getJsonObject("format");
            if (format == null) {
                throw new UnreadableMedia("no container in the " + type.extension() + " file");
            }
            List<ProbedStream> streams = new ArrayList<>();
            for (JsonValue value : root.getJsonArray("streams") == null ? List.<JsonValue>of() : root.getJsonArray("streams")) {
                streams.add(stream(value.asJsonObject()));
            }
            return new Probe(format.getString("format_name", ""), decimal(format, "duration"), streams);
        } catch (JsonException | ClassCastException e) {
            throw new UnreadableMedia("ffprobe's report on the " + type.extension() + " file could not be read");
        }
    }

    private static ProbedStream stream(JsonObject stream) {
        JsonObject disposition = stream.getJsonObject("disposition");
        boolean attached = disposition != null && disposition.getInt("attached_pic", 0) == 1;
        return new ProbedStream(stream.getInt("index", 0), stream.getString("codec_type", ""), stream.getString("codec_name", ""),
                stream.getString("profile", null), stream.getString("pix_fmt", null), integer(stream, "width"), integer(stream, "height"),
                decimal(stream, "duration"), count(stream, "nb_frames"), rotation(stream), attached);
    }

    /** Degrees clockwise a player turns the picture: the display matrix (ffprobe's counter-clockwise angle) or the old rotate tag. */
    private static int rotation(JsonObject stream) {
        if (stream.containsKey("side_data_list")) {
            for (JsonValue data : stream.getJsonArray("side_data_list")) {
                JsonValue angle = data.asJsonObject().get("rotation");
                if (angle instanceof JsonNumber number) {
                    return Math.floorMod(-Math.round(number.doubleValue()), 360);
                }
            }
        }
        JsonObject tags = stream.getJsonObject("tags");
        if (tags != null && tags.containsKey("rotate")) {
            try {
                return Math.floorMod(Integer.parseInt(tags.getString("rotate").strip()), 360);
            } catch (NumberFormatException | ClassCastException e) {
                return 0;
            }
        }
        return 0;
    }

    private static Integer integer(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value instanceof JsonNumber number ? number.intValue() : null;
    }

    /** ffprobe writes counts as strings ("20") and leaves them out or writes "N/A" when unknown. */
    private static Integer count(JsonObject object, String key) {
        Double value = decimal(object, key);
        return value == null ? null : (int) Math.min(Integer.MAX_VALUE, value.longValue());
    }

    /** ffprobe writes durations as strings ("12.345000") and "N/A" when unknown. */
    private static Double decimal(JsonObject object, String key) {
        JsonValue value = object.get(key);
        try {
            if (value instanceof JsonNumber number) {
                return number.doubleValue();
            }
            if (value != null && value.getValueType() == JsonValue.ValueType.STRING) {
                double parsed = Double.parseDouble(object.getString(key));
                return Double.isFinite(parsed) ? parsed : null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }
}
