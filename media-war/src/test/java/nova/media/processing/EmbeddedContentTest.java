package nova.media.processing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedContentTest {

    @TempDir
    Path dir;

    /** {@code size} zero bytes with {@code text} written at {@code at}. */
    private Path bytesWith(String text, int at, int size) {
        byte[] bytes = new byte[size];
        byte[] marker = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(marker, 0, bytes, at, marker.length);
        return new MediaFixtures(dir).write("file-" + at + "-" + text.hashCode() + ".bin", bytes);
    }

    @Test
    void weakMarkersCountOnlyWhereBrowsersSniff() {
        assertTrue(EmbeddedContent.find(bytesWith("<svg", 10, 4096)).isPresent(), "an SVG root at the start");
        assertTrue(EmbeddedContent.find(bytesWith("<SVG", 10, 4096)).isPresent(), "in any case");
        assertEquals(Optional.empty(), EmbeddedContent.find(bytesWith("<svgq", 3000, 4096)), "four random-looking bytes mid-file");
        assertTrue(EmbeddedContent.find(bytesWith("<svg onload=alert(1)>", 3000, 4096)).isPresent(), "a delimited SVG tag anywhere");
    }

    @Test
    void strongMarkersCountAnywhereAcrossReadBoundaries() {
        int size = 3 * 64 * 1024;
        for (int at : new int[] {64 * 1024 - 3, 64 * 1024 + 1, 2 * 64 * 1024 + 10}) {
            assertTrue(EmbeddedContent.find(bytesWith("<ScRiPt>", at, size)).isPresent(), "at " + at);
            assertTrue(EmbeddedContent.find(bytesWith("<?php system($_GET[1]);", at, size)).isPresent(), "at " + at);
        }
        assertEquals(Optional.empty(), EmbeddedContent.find(bytesWith("<?phpx", 100_000, size)));
    }

    @Test
    void aZipMustEndTheFileExactly() {
        byte[] end = new byte[22];
        end[0] = 'P';
        end[1] = 'K';
        end[2] = 5;
        end[3] = 6;
        byte[] file = new byte[4096 + 22];
        System.arraycopy(end, 0, file, 4096, 22);
        MediaFixtures files = new MediaFixtures(dir);
        assertTrue(EmbeddedContent.find(files.write("zip.bin", file)).isPresent());
        byte[] shifted = new byte[4096 + 30];
        System.arraycopy(end, 0, shifted, 4096, 22);
        assertEquals(Optional.empty(), EmbeddedContent.find(files.write("not-zip.bin", shifted)), "a stray signature is not an archive");
    }
}
