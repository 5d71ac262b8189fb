package nova.media.processing;

import java.util.List;
import java.util.Optional;

/**
 * What {@link VideoProcessing} wrote: {@code mp4} (H.264/AAC, index first), {@code hls} (a playlist and its
 * segments in their own directory) and {@code poster} (a JPEG frame).
 *
 * @param width as displayed, rotation applied
 * @param streamCopied the upload was already H.264/AAC and was only remuxed, not re-encoded
 */
public record VideoResult(List<VariantFile> variants, int width, int height, double durationSeconds, String blurhash,
                          boolean streamCopied) {

    public VideoResult {
        variants = List.copyOf(variants);
    }

    public Optional<VariantFile> variant(String name) {
        return variants.stream().filter(variant -> variant.name().equals(name)).findFirst();
    }
}
