package nova.media.processing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The encoder against the reference implementation (woltapp's TypeScript {@code blurhash} 2.0.5 from npm,
 * {@code encode(pixels, w, h, 4, 4)}), over the same synthetic pixels.
 */
class BlurhashTest {

    private static byte[] rgb(int width, int height, BiFunction<Integer, Integer, int[]> colour) {
        byte[] pixels = new byte[width * height * 3];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int[] c = colour.apply(x, y);
                int i = 3 * (y * width + x);
                pixels[i] = (byte) c[0];
                pixels[i + 1] = (byte) c[1];
                pixels[i + 2] = (byte) c[2];
            }
        }
        return pixels;
    }

    @Test
    void matchesTheReferenceEncoder() {
        assertEquals("UDH27+2}|fO=y@NOo5aJh9fnfMfn#ZNro5aw",
                Blurhash.ofRgb24(rgb(32, 24, (x, y) -> new int[] {(x * 8) % 256, (y * 10) % 256, ((x + y) * 5) % 256}), 32, 24));
        assertEquals("UNM|T9}XfQ}X}XsofQsofQfQfQfQ}XsofQso", Blurhash.ofRgb24(rgb(8, 8, (x, y) -> new int[] {200, 100, 50}), 8, 8));
        assertEquals("UOJkmX%O02%O?dofNHoffQfQfQfQ?dofNHof",
                Blurhash.ofRgb24(rgb(20, 10, (x, y) -> (x / 4) % 2 == 1 ? new int[] {255, 255, 255} : new int[] {10, 20, 200}), 20, 10));
    }

    @Test
    void refusesPixelsThatDoNotMatchTheirSize() {
        assertThrows(UnreadableMedia.class, () -> Blurhash.ofRgb24(new byte[10], 4, 4));
    }
}
