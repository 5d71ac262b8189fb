package nova.gateway.search;

import java.util.Locale;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The search context's kinds ({@code post}, {@code article}, {@code user}, {@code hashtag}) as a GraphQL enum. */
@Enum("SearchKind")
@Description("What a search hit is")
public enum SearchKind {
    POST, ARTICLE, USER, HASHTAG;

    static SearchKind of(String kind) {
        return valueOf(kind.toUpperCase(Locale.ROOT));
    }

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
