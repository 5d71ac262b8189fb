package nova.gateway.media;

/**
 * Sizes as GraphQL's {@code Int}, a signed 32-bit number: every limit of the media context (16 MB images, 100 MB
 * video) is far below 2 GiB, so a size that does not fit is a fault, not a value to round.
 */
final class Sizes {

    private Sizes() {
    }

    static Integer bytes(Long size) {
        return size == null ? null : Math.toIntExact(size);
    }
}
