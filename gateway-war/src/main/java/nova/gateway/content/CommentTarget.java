package nova.gateway.content;

import java.util.Locale;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("CommentTarget")
@Description("What a comment is on")
public enum CommentTarget {
    POST, ARTICLE;

    static CommentTarget of(String type) {
        return type == null ? null : valueOf(type.toUpperCase(Locale.ROOT));
    }

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
