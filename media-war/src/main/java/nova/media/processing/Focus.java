package nova.media.processing;

/**
 * Where a crop should centre, in Mastodon's convention: x and y in [-1, 1], (0, 0) the centre, x = 1 the right
 * edge, y = 1 the top edge.
 */
public record Focus(double x, double y) {

    public static final Focus CENTRE = new Focus(0, 0);

    public Focus {
        if (x < -1 || x > 1 || y < -1 || y > 1) {
            throw new IllegalArgumentException("a focal point lies in [-1, 1]");
        }
    }
}
