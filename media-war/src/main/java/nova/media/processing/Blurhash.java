package nova.media.processing;

import io.trbl.blurhash.BlurHash;

/**
 * A blurhash of pixels ffmpeg decoded and shrank, encoded by io.trbl:blurhash (the Java encoder the blurhash project
 * lists). Four by four components, as Mastodon sends.
 */
final class Blurhash {

    /** The side of the box the picture is shrunk into first: blurhash keeps only the lowest frequencies anyway. */
    static final int SAMPLE_BOX = 64;
    private static final int COMPONENTS = 4;

    private Blurhash() {
    }

    /** Encodes {@code width}×{@code height} packed RGB24 pixels, row by row. */
    static String ofRgb24(byte[] rgb, int width, int height) {
        if (rgb.length != width * height * 3) {
            throw new UnreadableMedia("the picture could not be sampled for its blurhash");
        }
        int[] pixels = new int[width * height];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (rgb[3 * i] & 0xFF) << 16 | (rgb[3 * i + 1] & 0xFF) << 8 | (rgb[3 * i + 2] & 0xFF);
        }
        return BlurHash.encode(pixels, width, height, COMPONENTS, COMPONENTS);
    }
}
