package nova.media.processing;

/**
 * The thumbnails every image gets, each the largest picture fitting in a square box, never enlarged. The boxes follow
 * what Mastodon's clients show: {@code small} fills a timeline's preview grid on a phone at 2× density (about 200 CSS
 * px a tile), {@code medium} a full-width timeline card at 2× (about 640 CSS px), {@code large} the lightbox on a
 * HiDPI desktop, below Mastodon's own 3840×2160 cap on originals.
 */
public enum ThumbnailSize {
    SMALL("small", 400), MEDIUM("medium", 1280), LARGE("large", 2560);

    private final String variant;
    private final int box;

    ThumbnailSize(String variant, int box) {
        this.variant = variant;
        this.box = box;
    }

    public String variant() {
        return variant;
    }

    public int box() {
        return box;
    }

    /** The width and height of a {@code width}×{@code height} picture fitted into the box (never larger than it was). */
    int[] fit(int width, int height) {
        return fitInto(box, width, height);
    }

    static int[] fitInto(int box, int width, int height) {
        int longer = Math.max(width, height);
        if (longer <= box) {
            return new int[] {width, height};
        }
        double scale = (double) box / longer;
        return new int[] {Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale))};
    }
}
