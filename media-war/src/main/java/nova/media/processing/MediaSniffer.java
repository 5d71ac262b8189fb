package nova.media.processing;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Types a file from its first bytes only: never from its name or a Content-Type. Only the formats Nova accepts
 * are recognised; everything else (HTML, SVG, XML, scripts, archives, other media) is {@link Optional#empty()}.
 */
public final class MediaSniffer {

    /** How many leading bytes {@link #sniff} needs to decide. */
    public static final int HEAD_BYTES = 64;

    /** ISO base media major brands read as MP4 video; QuickTime and M4A are told apart by their own brands. */
    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42",
            "avc1", "M4V ", "M4VH", "M4VP", "dash", "mmp4", "MSNV", "3gp4", "3gp5", "3gp6", "3g2a");
    private static final Set<String> M4A_BRANDS = Set.of("M4A ", "M4B ");

    private MediaSniffer() {
    }

    public static Optional<SniffedType> sniff(byte[] head) {
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(SniffedType.JPEG);
        }
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(SniffedType.PNG);
        }
        if (ascii(head, 0, "GIF87a") || ascii(head, 0, "GIF89a")) {
            return Optional.of(SniffedType.GIF);
        }
        if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) {
            return Optional.of(SniffedType.WEBP);
        }
        if (ascii(head, 4, "ftyp") && head.length >= 12) {
            return isoBrand(new String(head, 8, 4, StandardCharsets.ISO_8859_1));
        }
        if (startsWith(head, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
            // EBML: only the WebM doc type, not Matroska in general (MKV is not a format we serve)
            return contains(head, "webm") ? Optional.of(SniffedType.WEBM) : Optional.empty();
        }
        if (ascii(head, 0, "OggS")) {
            return Optional.of(SniffedType.OGG);
        }
        if (ascii(head, 0, "ID3") || isMp3Frame(head)) {
            return Optional.of(SniffedType.MP3);
        }
        return Optional.empty();
    }

    private static Optional<SniffedType> isoBrand(String brand) {
        if (brand.equals("qt  ")) {
            return Optional.of(SniffedType.QUICKTIME);
        }
        if (M4A_BRANDS.contains(brand)) {
            return Optional.of(SniffedType.M4A);
        }
        return MP4_BRANDS.contains(brand) ? Optional.of(SniffedType.MP4) : Optional.empty();
    }

    /** An MPEG audio layer III frame header: sync bits, a real version, layer III, a real bit rate and sample rate. */
    private static boolean isMp3Frame(byte[] head) {
        if (head.length < 4 || (head[0] & 0xFF) != 0xFF || (head[1] & 0xE0) != 0xE0) {
            return false;
        }
        int version = (head[1] >> 3) & 0x3;
        int layer = (head[1] >> 1) & 0x3;
        int bitrate = (head[2] >> 4) & 0xF;
        int sampleRate = (head[2] >> 2) & 0x3;
        return version != 1 && layer == 1 && bitrate != 0 && bitrate != 0xF && sampleRate != 3;
    }

    private static boolean startsWith(byte[] head, int offset, int... bytes) {
        if (head.length < offset + bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[offset + i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] head, int offset, String text) {
        return startsWith(head, offset, text.chars().toArray());
    }

    private static boolean contains(byte[] head, String text) {
        int[] wanted = text.chars().toArray();
        for (int i = 0; i + wanted.length <= head.length; i++) {
            if (startsWith(head, i, wanted)) {
                return true;
            }
        }
        return false;
    }
}
