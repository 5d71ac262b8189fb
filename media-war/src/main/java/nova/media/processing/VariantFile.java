package nova.media.processing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One file processing wrote into the output directory, named as the contract's {@code MediaVariant.name}
 * ({@code original}, {@code small}, {@code medium}, {@code large}, {@code poster}, {@code mp4}, {@code hls}).
 * The core moves it to content-addressed storage.
 *
 * @param file for {@code hls}, the playlist; its segments lie beside it in {@link #directory()}
 * @param width null for audio
 */
public record VariantFile(String name, Path file, String mimeType, Integer width, Integer height, long size) {

    static VariantFile of(String name, Path file, String mimeType, Integer width, Integer height) {
        try {
            return new VariantFile(name, file, mimeType, width, height, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path directory() {
        return file.getParent();
    }
}
