package nova.gateway.moderation;

import java.util.Locale;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ModeratedItemType")
@Description("The kinds of content that can be reported and moderated")
public enum ModeratedItemType {
    POST, ARTICLE, COMMENT;

    static ModeratedItemType of(String wire) {
        return wire == null ? null : valueOf(wire.toUpperCase(Locale.ROOT));
    }

    /** The content context's value: the name in lower case. */
    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
