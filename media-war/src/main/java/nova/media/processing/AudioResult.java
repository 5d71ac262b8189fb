package nova.media.processing;

/**
 * What {@link AudioProcessing} wrote: the {@code original}, the upload's own audio stream remuxed without tags or cover
 * art (or, when browsers cannot play its codec, encoded to AAC in M4A).
 *
 * @param remuxed the audio bytes are the upload's own (stream copy)
 */
public record AudioResult(VariantFile original, double durationSeconds, String codec, boolean remuxed) {
}
