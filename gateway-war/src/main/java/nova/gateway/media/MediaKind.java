package nova.gateway.media;

import java.util.Locale;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The media context's kinds ({@code image}, {@code video}, {@code audio}) as a GraphQL enum. */
@Enum("MediaKind")
@Description("What a media file holds, as its content says (never its name)")
public enum MediaKind {
    IMAGE, VIDEO, AUDIO;

    static MediaKind of(String kind) {
        return kind == null ? null : valueOf(kind.toUpperCase(Locale.ROOT));
    }
}
