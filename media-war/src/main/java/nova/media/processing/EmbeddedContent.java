package nova.media.processing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds what makes a media file a polyglot: markup or script another reader would run (HTML, SVG, PHP) or a ZIP
 * archive (a JAR, a DOCX) whose directory ends the file. Decoders skip such bytes, so ffprobe accepts the file.
 * <p>
 * Compressed media is close to random bytes, so a short marker turns up by chance: {@code <svg} (any case) about once
 * in 5×10⁸ positions, i.e. in one 100 MB video out of five. So the weak markers count only in the first kilobyte,
 * where browsers sniff and where an SVG or HTML document has to start; anywhere else only long or delimited markers
 * count ({@code <script}, {@code <html>}, {@code <?php }, ...), together about once in 10¹² positions: one false
 * refusal in some ten thousand 100 MB uploads. The ZIP check is exact (signature and length must meet the end).
 */
final class EmbeddedContent {

    /** The first bytes, where a browser's MIME sniffing looks (WHATWG: 1445 bytes at most). */
    private static final int HEAD = 1445;
    private static final List<byte[]> HEAD_MARKERS = ascii("<svg", "<html", "<body", "<head", "<?php", "<?xml-stylesheet", "<!doctype",
            "<script", "<iframe");
    /** Markers followed by one of {@link #DELIMITERS}, so a chance match needs another byte right. */
    private static final List<byte[]> DELIMITED_MARKERS = ascii("<html", "<body", "<?php", "<svg");
    private static final List<byte[]> LONG_MARKERS = ascii("<script", "<!doctype", "<iframe", "<object", "<embed");
    private static final String DELIMITERS = " \t\r\n>/";
    private static final int LONGEST = 17;
    /** A ZIP's end-of-central-directory record: 22 bytes and a comment of up to 65535. */
    private static final int ZIP_END_MAX = 22 + 65535;

    private EmbeddedContent() {
    }

    private static List<byte[]> ascii(String... markers) {
        return Stream.of(markers).map(marker -> marker.getBytes(StandardCharsets.US_ASCII)).toList();
    }

    /** What foreign content the file holds, if any: a short description for the refusal. */
    static Optional<String> find(Path file) {
        try {
            return markup(file).or(() -> zipDirectory(file));
        } catch (IOException e) {
            throw new ProcessingFailed("the upload could not be read", e);
        }
    }

    private static Optional<String> markup(Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024 + LONGEST];
        long offset = 0;
        int carried = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.readNBytes(buffer, carried, buffer.length - carried)) > 0; ) {
                int filled = carried + n;
                for (int i = 0; i < filled; i++) {
                    if (buffer[i] == '<' && isMarkup(buffer, i, filled, offset + i - carried < HEAD)) {
                        return Optional.of("markup inside the media bytes");
                    }
                }
                offset += n;
                carried = Math.min(LONGEST, filled);
                System.arraycopy(buffer, filled - carried, buffer, 0, carried);
            }
        }
        return Optional.empty();
    }

    private static boolean isMarkup(byte[] buffer, int at, int filled, boolean inHead) {
        if (inHead && HEAD_MARKERS.stream().anyMatch(marker -> startsAt(buffer, at, filled, marker))) {
            return true;
        }
        if (LONG_MARKERS.stream().anyMatch(marker -> startsAt(buffer, at, filled, marker))) {
            return true;
        }
        for (byte[] marker : DELIMITED_MARKERS) {
            int after = at + marker.length;
            if (after < filled && startsAt(buffer, at, filled, marker) && DELIMITERS.indexOf(buffer[after]) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAt(byte[] buffer, int at, int filled, byte[] marker) {
        if (at + marker.length > filled) {
            return false;
        }
        for (int i = 0; i < marker.length; i++) {
            if (Character.toLowerCase((char) (buffer[at + i] & 0xFF)) != marker[i]) {
                return false;
            }
        }
        return true;
    }

    /** A ZIP end record whose comment length reaches exactly the end of the file: an archive appended to the media. */
    private static Optional<String> zipDirectory(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int length = (int) Math.min(size, ZIP_END_MAX);
            ByteBuffer end = ByteBuffer.allocate(length);
            channel.read(end, size - length);
            byte[] tail = end.array();
            for (int i = length - 22; i >= 0; i--) {
                if (tail[i] == 'P' && tail[i + 1] == 'K' && tail[i + 2] == 5 && tail[i + 3] == 6) {
                    int comment = (tail[i + 20] & 0xFF) | (tail[i + 21] & 0xFF) << 8;
                    if (i + 22 + comment == length) {
                        return Optional.of("an archive appended to the media");
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new ProcessingFailed("the upload could not be read", e);
        }
    }
}
