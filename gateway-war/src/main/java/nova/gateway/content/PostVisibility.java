package nova.gateway.content;

import java.util.Locale;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The content context's post visibilities ({@code public}, {@code unlisted}, {@code followers}, {@code direct}). */
@Enum("PostVisibility")
@Description("Who may read a post: PUBLIC and UNLISTED every signed-in member (UNLISTED stays out of public "
        + "listings), FOLLOWERS the author and their followers, DIRECT the author and the members it mentions")
public enum PostVisibility {
    PUBLIC, UNLISTED, FOLLOWERS, DIRECT;

    static PostVisibility of(String visibility) {
        return visibility == null ? null : valueOf(visibility.toUpperCase(Locale.ROOT));
    }

    /** The content context's value, e.g. {@code followers}. */
    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
