package nova.gateway.content;

import java.util.Locale;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ArticleStatus")
@Description("DRAFT: seen by its author only; PUBLISHED: seen by every signed-in member, its slug fixed")
public enum ArticleStatus {
    DRAFT, PUBLISHED;

    static ArticleStatus of(String status) {
        return status == null ? null : valueOf(status.toUpperCase(Locale.ROOT));
    }
}
