package nova.media.processing;

/** Not a type Nova accepts, or not what its first bytes claim (HTML, SVG, a polyglot, a renamed file): 415. */
public final class UnsupportedMedia extends MediaRefusal {

    public UnsupportedMedia(String message) {
        super(message);
    }

    @Override
    public String problemType() {
        return "unsupported-media-type";
    }
}
