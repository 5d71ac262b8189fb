package nova.gateway.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A type-ahead suggestion: a USER (id the user id, text the username) or a HASHTAG (id and text the tag)")
public class Suggestion {

    private final nova.contracts.search.Suggestion suggestion;

    Suggestion(nova.contracts.search.Suggestion suggestion) {
        this.suggestion = suggestion;
    }

    @NonNull
    public SearchKind getKind() {
        return SearchKind.of(suggestion.kind());
    }

    @Id
    @NonNull
    public String getId() {
        return suggestion.id();
    }

    @NonNull
    public String getText() {
        return suggestion.text();
    }
}
