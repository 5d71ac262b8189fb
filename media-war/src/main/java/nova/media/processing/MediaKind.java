package nova.media.processing;

import java.util.Locale;

/** What a member uploaded, as the contract's {@code Media.kind} names it. */
public enum MediaKind {
    IMAGE, VIDEO, AUDIO;

    /** The contract's spelling: {@code image}, {@code video}, {@code audio}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
