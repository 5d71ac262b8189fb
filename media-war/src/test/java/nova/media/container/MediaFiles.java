package nova.media.container;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Real media files for the tests, made by ffmpeg (Debian's, as the server uses). */
final class MediaFiles {

    private MediaFiles() {
    }

    static byte[] png(int width, int height) {
        return ffmpeg("png", "-f", "lavfi", "-i", "testsrc=size=" + width + "x" + height + ":rate=1", "-frames:v", "1");
    }

    /** {@code png} with its header's width and height changed (and the header's CRC made right again). */
    static byte[] withPngSize(byte[] png, int width, int height) {
        byte[] flood = png.clone();
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(flood);
        buffer.putInt(16, width).putInt(20, height); // IHDR: length (8), type (12), width (16), height (20)
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(flood, 12, 17); // type and the 13 bytes of data
        buffer.putInt(29, (int) crc.getValue());
        return flood;
    }

    static byte[] ffmpeg(String extension, String... arguments) {
        try {
            Path out = Files.createTempFile("nova-media-it-", "." + extension);
            List<String> command = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-y"));
            command.addAll(List.of(arguments));
            command.add(out.toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("ffmpeg failed: " + output);
            }
            byte[] bytes = Files.readAllBytes(out);
            Files.delete(out);
            return bytes;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
