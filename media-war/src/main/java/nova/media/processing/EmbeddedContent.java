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

/**
 * Finds what makes a media file a polyglot: markup or script a browser would run (HTML, SVG, PHP tags anywhere
 * in the bytes) or a ZIP archive (a JAR, a DOCX) whose directory ends the file. Decoders skip such bytes, so
 * ffprobe accepts the file; served as it was uploaded, another reader would find the other format.
 */
final class EmbeddedContent {

    private static final List<byte[]> MARKUP = List.of("<script", "<html", "<svg", "<?php", "<!doctype", "<iframe", "<body", "<object", "<embed")
            .stream().map(marker -> marker.getBytes(StandardCharsets.US_ASCII)).toList();
    private static final int LONGEST = MARKUP.stream().mapToInt(marker -> marker.length).max().orElseThrow();
    /** A ZIP's end-of-central-directory record: 22 bytes and a comment of up to 65535. */
    private static final int ZIP_END_MAX = 22 + 65535;

    private EmbeddedContent() {
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
        int carried = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.readNBytes(buffer, carried, buffer.length - carried)) > 0; ) {
                int filled = carried + n;
                for (int i = 0; i < filled; i++) {
                    if (buffer[i] == '<' && matchesMarkup(buffer, i, filled)) {
                        return Optional.of("markup inside the media bytes");
                    }
                }
                carried = Math.min(LONGEST - 1, filled);
                System.arraycopy(buffer, filled - carried, buffer, 0, carried);
            }
        }
        return Optional.empty();
    }

    private static boolean matchesMarkup(byte[] buffer, int at, int filled) {
        for (byte[] marker : MARKUP) {
            if (at + marker.length <= filled && startsIgnoringCase(buffer, at, marker)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsIgnoringCase(byte[] buffer, int at, byte[] marker) {
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
