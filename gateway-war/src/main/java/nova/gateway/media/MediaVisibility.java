package nova.gateway.media;

import java.util.Locale;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** Who may fetch a media file's bytes. */
@Enum("MediaVisibility")
@Description("PUBLIC: anyone with the URL, cached for a year; PRIVATE: only through signed URLs that expire")
public enum MediaVisibility {
    PUBLIC, PRIVATE;

    static MediaVisibility of(String visibility) {
        return visibility == null ? null : valueOf(visibility.toUpperCase(Locale.ROOT));
    }

    /** The media context's value: {@code public} or {@code private}. */
    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
