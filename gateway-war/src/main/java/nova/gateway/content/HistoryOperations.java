package nova.gateway.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import nova.gateway.infra.Requester;
import nova.gateway.infra.Requesters;
import nova.gateway.infra.ReportsErrors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Edit histories: every version of a post, article or comment is kept by the content context. */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class HistoryOperations {

    @Inject
    Requesters requesters;

    @Inject
    ContentClient content;

    @Query("editHistory")
    @Description("Every version of a post, article or comment, oldest first, the current one last; for whoever may "
            + "see it (NOT_FOUND otherwise)")
    public @NonNull List<@NonNull ContentVersion> editHistory(@Name("kind") @NonNull ContentKind kind,
                                                              @Name("id") @Id @NonNull String id) {
        Requester requester = requesters.current();
        String authorization = requester.authorization();
        UUID item = ContentIds.existing(id, kind.name().toLowerCase(java.util.Locale.ROOT));
        List<nova.contracts.content.ContentVersion> versions = switch (kind) {
            case POST -> content.postVersions(authorization, item);
            case ARTICLE -> content.articleVersions(authorization, item);
            case COMMENT -> content.commentVersions(authorization, item);
        };
        return versions.stream().map(ContentVersion::new).toList();
    }
}
