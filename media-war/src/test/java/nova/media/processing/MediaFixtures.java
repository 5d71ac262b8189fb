package nova.media.processing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Real media files for the tests, made by ffmpeg from its lavfi sources (testsrc, sine) into a temporary
 * directory, and the hostile ones crafted byte by byte. ffmpeg must be installed (the Debian package; CI installs it).
 */
final class MediaFixtures {

    static final MediaTools TOOLS = MediaTools.at("ffmpeg");

    private final Path dir;

    MediaFixtures(Path dir) {
        this.dir = dir;
    }

    /** Runs ffmpeg with a lavfi source; the test fails with a clear message when ffmpeg is missing. */
    Path ffmpeg(String name, String... arguments) {
        Path out = dir.resolve(name);
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-y"));
        command.addAll(List.of(arguments));
        command.add(out.toString());
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("ffmpeg did not make " + name + " in 120 s");
            }
            assertEquals(0, process.exitValue(), () -> "ffmpeg could not make " + name + ": " + output);
        } catch (IOException e) {
            fail("these tests need ffmpeg and ffprobe on the PATH (Debian: apt-get install ffmpeg; CI installs it): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
        return out;
    }

    /** ffprobe's flat report on a file (for assertions about what a processed file holds). */
    static String ffprobe(Path file, String... entries) {
        List<String> command = new ArrayList<>(List.of("ffprobe", "-v", "error", "-print_format", "flat"));
        command.addAll(List.of(entries));
        command.add(file.toString());
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(60, TimeUnit.SECONDS);
            return output;
        } catch (IOException e) {
            return fail("these tests need ffprobe on the PATH (Debian: apt-get install ffmpeg): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    Path jpeg() {
        return ffmpeg("picture.jpg", "-f", "lavfi", "-i", "testsrc=size=640x480", "-frames:v", "1");
    }

    Path png() {
        return ffmpeg("picture.png", "-f", "lavfi", "-i", "testsrc=size=320x240", "-frames:v", "1");
    }

    Path gif() {
        return ffmpeg("still.gif", "-f", "lavfi", "-i", "testsrc=size=160x120", "-frames:v", "1");
    }

    Path animatedGif() {
        return ffmpeg("animated.gif", "-f", "lavfi", "-i", "testsrc=size=160x120:rate=10:duration=2");
    }

    Path webp() {
        return ffmpeg("picture.webp", "-f", "lavfi", "-i", "testsrc=size=320x240", "-frames:v", "1", "-c:v", "libwebp");
    }

    /** H.264 (yuv420p, the browsers' profile) and AAC in MP4: already what Nova serves. */
    Path mp4() {
        return ffmpeg("clip.mp4", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=25:duration=3", "-f", "lavfi", "-i", "sine=duration=3",
                "-c:v", "libx264", "-pix_fmt", "yuv420p", "-preset", "ultrafast", "-c:a", "aac", "-shortest");
    }

    Path webm() {
        return ffmpeg("clip.webm", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=25:duration=2", "-f", "lavfi", "-i", "sine=duration=2",
                "-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-c:a", "libopus", "-shortest");
    }

    Path quickTime() {
        return ffmpeg("clip.mov", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=25:duration=2", "-c:v", "mpeg4", "-f", "mov");
    }

    Path mp3() {
        return ffmpeg("song.mp3", "-f", "lavfi", "-i", "sine=frequency=440:duration=2", "-c:a", "libmp3lame", "-metadata", "title=Nova");
    }

    Path mp3WithoutId3() {
        return ffmpeg("bare.mp3", "-f", "lavfi", "-i", "sine=frequency=440:duration=2", "-c:a", "libmp3lame", "-id3v2_version", "0",
                "-write_xing", "0");
    }

    Path ogg() {
        return ffmpeg("song.ogg", "-f", "lavfi", "-i", "sine=frequency=440:duration=2", "-c:a", "libvorbis");
    }

    Path m4a() {
        return ffmpeg("song.m4a", "-f", "lavfi", "-i", "sine=frequency=440:duration=2", "-c:a", "aac");
    }

    Path write(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Path text(String name, String text) {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The first {@code fraction} of a file, as an interrupted upload leaves it. */
    Path truncated(Path file, double fraction) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            byte[] head = new byte[(int) (bytes.length * fraction)];
            System.arraycopy(bytes, 0, head, 0, head.length);
            return write("truncated-" + file.getFileName(), head);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A pixel flood: a valid PNG of a few hundred bytes declaring {@code side}×{@code side} pixels of one colour. */
    Path pixelFloodPng(int side) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(side).putInt(side).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", header.array());
        Deflater deflater = new Deflater(9);
        deflater.setInput(new byte[(side * 3 + 1) * 4]);
        deflater.finish();
        byte[] compressed = new byte[64 * 1024];
        int length = deflater.deflate(compressed);
        chunk(png, "IDAT", java.util.Arrays.copyOf(compressed, length));
        chunk(png, "IEND", new byte[0]);
        return write("flood.png", png.toByteArray());
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A polyglot: a real JPEG with a ZIP archive (a JAR would do) appended. Decoders stop at the JPEG's end. */
    Path jpegWithZip() {
        try {
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(zip)) {
                out.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
                out.write("Manifest-Version: 1.0\nMain-Class: Evil\n".getBytes(StandardCharsets.US_ASCII));
                out.closeEntry();
            }
            ByteArrayOutputStream both = new ByteArrayOutputStream();
            both.writeBytes(Files.readAllBytes(jpeg()));
            both.writeBytes(zip.toByteArray());
            return write("polyglot.jpg", both.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A polyglot: a real MP3 followed by an HTML page with a script, which a browser sniffing the bytes would run. */
    Path mp3WithHtml() {
        try {
            ByteArrayOutputStream both = new ByteArrayOutputStream();
            both.writeBytes(Files.readAllBytes(mp3()));
            both.writeBytes("<html><body><script>fetch('/steal?c='+document.cookie)</script></body></html>".getBytes(StandardCharsets.US_ASCII));
            return write("polyglot.mp3", both.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JPEG carrying an EXIF block with an orientation (6: turn 90° clockwise) and a GPS position (Paris). */
    Path jpegWithExifAndGps() {
        try {
            byte[] jpeg = Files.readAllBytes(jpeg());
            byte[] app1 = ExifBlock.orientationAndGps(6);
            byte[] out = new byte[jpeg.length + app1.length];
            System.arraycopy(jpeg, 0, out, 0, 2);
            System.arraycopy(app1, 0, out, 2, app1.length);
            System.arraycopy(jpeg, 2, out, 2 + app1.length, jpeg.length - 2);
            return write("exif.jpg", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
