package nova.gateway.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.regex.Pattern;
import nova.contracts.content.ArticlePage;
import nova.gateway.infra.ApiError;
import nova.gateway.infra.Paging;
import nova.gateway.infra.Requester;
import nova.gateway.infra.Requesters;
import nova.gateway.infra.ReportsErrors;
import nova.gateway.infra.UserIds;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * Articles, answered by the content context with the caller's own token (without one {@code UNAUTHENTICATED},
 * nobody called). A draft is its author's alone: to anyone else it is {@code NOT_FOUND}.
 */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class ArticleOperations {

    /** What a slug can be (lower-case ASCII, digits, '-'); anything else names no article, answered without a call. */
    private static final Pattern PLAUSIBLE_SLUG = Pattern.compile("[a-z0-9-]{1,250}");

    @Inject
    Requesters requesters;

    @Inject
    ContentClient content;

    @Mutation("createArticle")
    @Description("Starts an article as a DRAFT only you see. VALIDATION_FAILED (+fieldErrors) for a title outside "
            + "1-200 characters, a body over 100,000, a cover that is not your processed image")
    public @NonNull Article createArticle(@Name("input") @NonNull ArticleInput input) {
        Requester requester = requesters.current();
        String authorization = requester.authorization();
        return new Article(content.createArticle(authorization, input.toDraft()), requester);
    }

    @Mutation("editArticle")
    @Description("Changes your article (fields left out stay); the previous version stays in editHistory. "
            + "FORBIDDEN for someone else's")
    public @NonNull Article editArticle(@Name("id") @Id @NonNull String id, @Name("input") @NonNull ArticleInput input) {
        Requester requester = requesters.current();
        String authorization = requester.authorization();
        return new Article(content.editArticle(authorization, ContentIds.existing(id, "article"), input.toEdit()), requester);
    }

    @Mutation("publishArticle")
    @Description("Publishes your draft: everyone signed in may read it, its slug is fixed (publishing again changes "
            + "nothing). FORBIDDEN for someone else's")
    public @NonNull Article publishArticle(@Name("id") @Id @NonNull String id) {
        Requester requester = requesters.current();
        String authorization = requester.authorization();
        return new Article(content.publishArticle(authorization, ContentIds.existing(id, "article")), requester);
    }

    @Mutation("deleteArticle")
    @Description("Deletes your article. FORBIDDEN for someone else's, NOT_FOUND if unknown or deleted already")
    public boolean deleteArticle(@Name("id") @Id @NonNull String id) {
        Requester requester = requesters.current();
        String authorization = requester.authorization();
        content.deleteArticle(authorization, ContentIds.existing(id, "article"));
        return true;
    }

    @Query("article")
    @Description("An article by id: a published one, or your own draft; NOT_FOUND otherwise")
    public Article article(@Name("id") @Id @NonNull String id) {
        Requester requester = requesters.current();
        String authorization = requester.authorization();
        return new Article(content.article(authorization, ContentIds.existing(id, "article")), requester);
    }

    @Query("articleBySlug")
    @Description("A published article by its slug; NOT_FOUND if there is none")
    public Article articleBySlug(@Name("slug") @NonNull String slug) {
        Requester requester = requesters.current();
        String authorization = requester.authorization();
        if (!PLAUSIBLE_SLUG.matcher(slug).matches()) {
            throw new ApiError(ApiError.Code.NOT_FOUND, "There is no article with this slug.");
        }
        return new Article(content.articleBySlug(authorization, slug), requester);
    }

    @Query("articlesByAuthor")
    @Description("A member's published articles, newest first (yours include your drafts): 'first' per page (1-"
            + Pages.MAX_PAGE + ", 20 when left out), 'after' the endCursor of the page before")
    public @NonNull ArticleConnection articlesByAuthor(@Name("userId") @Id @NonNull String userId,
                                                       @Name("first") Integer first, @Name("after") String after) {
        Requester requester = requesters.current();
        String authorization = requester.authorization();
        Integer limit = Pages.first(first);
        UUID author = UserIds.parse(userId);
        var paged = Paging.fetch(limit, after, (a, n) -> content.articlesByAuthor(authorization, author, a, n),
                ArticlePage::items, ArticlePage::nextCursor, ArticlePage::new);
        return new ArticleConnection(paged.page(), requester, paged.window());
    }
}
