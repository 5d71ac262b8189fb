package nova.media.processing;

/** A type Nova accepts that cannot be used: truncated, corrupt, no decodable stream, or over a {@link ProcessingLimits}: 422. */
public final class UnreadableMedia extends MediaRefusal {

    public UnreadableMedia(String message) {
        super(message);
    }

    @Override
    public String problemType() {
        return "unreadable-media";
    }
}
