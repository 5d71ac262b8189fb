package nova.gateway.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import nova.contracts.content.CommentEdit;
import nova.contracts.content.CommentPage;
import nova.gateway.infra.Paging;
import nova.gateway.infra.Requester;
import nova.gateway.infra.Requesters;
import nova.gateway.infra.ReportsErrors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Comments on posts and articles, answered by the content context with the caller's own token. */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class CommentOperations {

    @Inject
    Requesters requesters;

    @Inject
    ContentClient content;

    @Mutation("addComment")
    @Description("Comments on a post or article you may see (NOT_FOUND otherwise), or answers a comment there. "
            + "VALIDATION_FAILED (+fieldErrors) for text outside 1-2000 characters or replies nested too deep")
    public @NonNull Comment addComment(@Name("input") @NonNull CommentInput input) {
        Requester requester = requesters.current();
        String authorization = requester.authorization();
        return new Comment(content.createComment(authorization, input.toDraft()), requester);
    }

    @Mutation("editComment")
    @Description("Changes the text of your comment; the previous version stays in editHistory. FORBIDDEN for "
            + "someone else's")
    public @NonNull Comment editComment(@Name("id") @Id @NonNull String id, @Name("text") @NonNull String text) {
        Requester requester = requesters.current();
        String authorization = requester.authorization();
        return new Comment(content.editComment(authorization, ContentIds.existing(id, "comment"), new CommentEdit(text)), requester);
    }

    @Mutation("deleteComment")
    @Description("Deletes your comment: it stays as a tombstone so its replies keep their place. FORBIDDEN for "
            + "someone else's")
    public boolean deleteComment(@Name("id") @Id @NonNull String id) {
        Requester requester = requesters.current();
        String authorization = requester.authorization();
        content.deleteComment(authorization, ContentIds.existing(id, "comment"));
        return true;
    }

    @Query("comments")
    @Description("The comments on a post or article, in thread order (each followed by its replies): 'first' per "
            + "page (1-" + Pages.MAX_PAGE + ", 20 when left out), 'after' the endCursor of the page before. "
            + "NOT_FOUND if you may not see the target")
    public @NonNull CommentConnection comments(@Name("targetType") @NonNull CommentTarget targetType,
                                               @Name("targetId") @Id @NonNull String targetId,
                                               @Name("first") Integer first, @Name("after") String after) {
        Requester requester = requesters.current();
        String authorization = requester.authorization();
        Integer limit = Pages.first(first);
        UUID target = ContentIds.existing(targetId, targetType.wire());
        var paged = Paging.fetch(limit, after,
                (a, n) -> content.comments(authorization, targetType.wire(), target, a, n),
                CommentPage::items, CommentPage::nextCursor, CommentPage::new);
        return new CommentConnection(paged.page(), requester, paged.window());
    }
}
