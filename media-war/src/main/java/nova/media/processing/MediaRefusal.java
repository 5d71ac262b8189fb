package nova.media.processing;

/**
 * An upload refused for what it is, not for a fault of ours: the core answers it with the problem type named here
 * and keeps nothing. Its message is short and never holds the member's file name.
 */
public abstract sealed class MediaRefusal extends RuntimeException permits UnsupportedMedia, UnreadableMedia {

    protected MediaRefusal(String message) {
        super(message, null, false, false);
    }

    /** The RFC 9457 problem type the REST API uses for it. */
    public abstract String problemType();
}
