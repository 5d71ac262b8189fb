package nova.gateway.content;

/** The bound of the batch reads behind the content types' linked fields ({@link ContentLinks}). */
final class Lookups {

    /** The user, media and content contexts' batch bound: ids per call. */
    static final int MAX_IDS = 100;

    private Lookups() {
    }
}
