package nova.media.processing;

import java.util.List;
import java.util.Optional;

/**
 * What {@link ImageProcessing} wrote: the sanitised {@code original}, {@code small}/{@code medium}/{@code large}
 * thumbnails and, for an animated GIF, an {@code mp4} of the animation.
 *
 * @param width of the sanitised original, orientation applied
 * @param animated a GIF with more than one frame: the original keeps the animation
 */
public record ImageResult(List<VariantFile> variants, int width, int height, String blurhash, Focus focus, boolean animated) {

    public ImageResult {
        variants = List.copyOf(variants);
    }

    public Optional<VariantFile> variant(String name) {
        return variants.stream().filter(variant -> variant.name().equals(name)).findFirst();
    }
}
