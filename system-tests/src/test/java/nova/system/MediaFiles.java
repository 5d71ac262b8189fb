package nova.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * The files the media tests upload, made by the tests: real JPEG and MP4 from ffmpeg (its test sources, a second
 * or two), and the bad ones built from them or byte by byte. Each is made once per test run, under
 * {@code target/media-files}.
 */
final class MediaFiles {

    /** A string only the uploaded JPEG's EXIF holds: no served byte may carry it. */
    static final String EXIF_MARKER = "NOVA-EXIF-MARKER-lat-48.8584N";
    static final int JPEG_WIDTH = 320;
    static final int JPEG_HEIGHT = 240;
    static final double VIDEO_SECONDS = 2;

    private static final Path DIR = Path.of("target", "media-files").toAbsolutePath();

    private MediaFiles() {
    }

    /** A 320×240 JPEG from ffmpeg with an EXIF block that holds a GPS position and {@link #EXIF_MARKER}. */
    static synchronized byte[] jpegWithGps() {
        Path jpeg = DIR.resolve("plain.jpg");
        if (!Files.exists(jpeg)) {
            ffmpeg("-f", "lavfi", "-i", "testsrc2=size=" + JPEG_WIDTH + "x" + JPEG_HEIGHT + ":rate=1", "-frames:v", "1",
                    "-q:v", "3", jpeg.toString());
        }
        return withExif(read(jpeg));
    }

    /** Another JPEG (other bytes, other hash), {@code n} choosing its picture. */
    static synchronized byte[] jpeg(int n) {
        Path jpeg = DIR.resolve("plain-" + n + ".jpg");
        if (!Files.exists(jpeg)) {
            ffmpeg("-f", "lavfi", "-i", "testsrc2=size=160x120:rate=25", "-vf", "select=eq(n\\," + n + ")",
                    "-frames:v", "1", "-q:v", "4", jpeg.toString());
        }
        return read(jpeg);
    }

    /** A two-second H.264/AAC MP4 from ffmpeg, 320×240. */
    static synchronized byte[] mp4() {
        Path mp4 = DIR.resolve("clip.mp4");
        if (!Files.exists(mp4)) {
            ffmpeg("-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25", "-f", "lavfi", "-i",
                    "sine=frequency=440:sample_rate=44100", "-t", String.valueOf(VIDEO_SECONDS), "-c:v", "libx264",
                    "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-movflags", "+faststart", mp4.toString());
        }
        return read(mp4);
    }

    /**
     * The MP4 of {@link #mp4()} with a top-level {@code free} box at its end that brings it to {@code size} bytes: a
     * valid MP4 as large as wanted, cheap to make, send and process (its video is still two seconds). The bytes
     * of the box differ by {@code n}, so each is other content.
     */
    static Path paddedMp4(long size, int n) {
        Path file = DIR.resolve("padded-" + size + "-" + n + ".mp4");
        if (Files.exists(file)) {
            return file;
        }
        byte[] clip = mp4();
        long pad = size - clip.length;
        if (pad < 16 || pad > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("cannot pad " + clip.length + " bytes to " + size);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(clip);
            out.write(ByteBuffer.allocate(8).putInt((int) pad).put("free".getBytes(StandardCharsets.US_ASCII)).array());
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) n);
            for (long left = pad - 8; left > 0; left -= chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** An HTML page with a script, named as an image by whoever uploads it. */
    static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>\n"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** An SVG image with a script in it: an image to a browser, and a page that runs code. */
    static byte[] svgWithScript() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
                  <script type="text/javascript">alert(document.domain)</script>
                  <rect width="10" height="10"/>
                </svg>
                """.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A GIF/HTML polyglot: the GIF signature and a screen descriptor, then an HTML page with a script where the
     * image should be. A browser sniffing HTML runs it; it is no image.
     */
    static byte[] polyglot() {
        return ("GIF89a/*\u0001\u0001\u0000\u0000\u0000*/=1;<html><body><script>alert(document.cookie)</script></body></html>")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * A pixel flood: a valid PNG of 9 000 × 9 000 one-bit pixels (81 megapixels: over the 50 the media context
     * takes, while each side is under its 10 000 and under what ffmpeg itself refuses), all zero, so the file is
     * about 10 KB while decoding it takes 243 MB as RGB.
     */
    static synchronized byte[] pixelFloodPng() {
        int side = 9_000;
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(side).putInt(side).put((byte) 1).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(9))) {
            byte[] row = new byte[1 + side / 8]; // filter byte 0, then the row's bits
            for (int y = 0; y < side; y++) {
                z.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** The JPEG cut in half: its header is fine, its picture ends midway. */
    static byte[] truncatedJpeg() {
        byte[] whole = jpeg(7);
        return java.util.Arrays.copyOf(whole, whole.length / 2);
    }

    /** An MP4 whose header boxes are right and whose every other byte is noise. */
    static byte[] corruptMp4() {
        byte[] clip = mp4().clone();
        java.util.Random noise = new java.util.Random(15);
        for (int i = 64; i < clip.length; i++) {
            clip[i] = (byte) noise.nextInt();
        }
        return clip;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What ffprobe reads of a file: its first video stream's codec and size, and the tags of its frames and
     * container, where an image's EXIF shows (e.g. {@code TAG:GPSLatitude=...}).
     */
    static String probe(byte[] bytes) {
        try {
            Path file = Files.createTempFile(dir(), "probe", ".bin");
            Files.write(file, bytes);
            try {
                return run("ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries",
                        "stream=codec_name,width,height:stream_tags:format_tags:frame_tags", "-show_frames",
                        "-read_intervals", "%+#1", file.toString());
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JPEG with an APP1 EXIF segment right after its start: IFD0 with an ImageDescription ({@link #EXIF_MARKER})
     * and a GPS IFD (latitude 48° 51' 30.24" N), as a camera writes them.
     */
    static byte[] withExif(byte[] jpeg) {
        byte[] description = (EXIF_MARKER + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(92 + description.length); // big-endian ("MM")
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        // IFD0 at 8: two entries, then the offset of the next IFD (none)
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(description.length).putInt(92); // ImageDescription
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);                  // GPSInfo -> 38
        tiff.putInt(0);
        // GPS IFD at 38: latitude ref and latitude
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0}); // GPSLatitudeRef
        tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(68);                    // GPSLatitude -> 68
        tiff.putInt(0);
        // at 68: three rationals, degrees, minutes, seconds
        tiff.putInt(48).putInt(1).putInt(51).putInt(1).putInt(3024).putInt(100);
        tiff.put(description);
        byte[] body = tiff.array();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        int length = 2 + 6 + body.length;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static Path dir() throws IOException {
        return Files.createDirectories(DIR);
    }

    private static void ffmpeg(String... args) {
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-y"));
        command.addAll(List.of(args));
        run(command.toArray(String[]::new));
    }

    private static String run(String... command) {
        try {
            dir();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed: "
                        + new String(output, StandardCharsets.UTF_8));
            }
            return new String(output, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
