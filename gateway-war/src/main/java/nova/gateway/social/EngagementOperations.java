package nova.gateway.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import nova.contracts.social.AccountPage;
import nova.gateway.infra.Caller;
import nova.gateway.infra.Paging;
import nova.gateway.infra.ReportsErrors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * Likes and shares, answered by the social context, which checks the post with the content context under the caller's
 * own token: a post the caller may not see is {@code NOT_FOUND}, and with content down the change is {@code UNAVAILABLE}
 * and nothing is written.
 */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class EngagementOperations {

    @Inject
    Caller caller;

    @Inject
    SocialClient social;

    @Inject
    People people;

    @Mutation("like")
    @Description("Likes a post. Idempotent. NOT_FOUND if there is no post you may see")
    public @NonNull Engagement like(@Name("postId") @Id @NonNull String postId) {
        return new Engagement(social.like(caller.requireAuthorization(), Arguments.postId(postId)));
    }

    @Mutation("unlike")
    @Description("Takes your like back. Idempotent. NOT_FOUND if there is no post you may see")
    public @NonNull Engagement unlike(@Name("postId") @Id @NonNull String postId) {
        return new Engagement(social.unlike(caller.requireAuthorization(), Arguments.postId(postId)));
    }

    @Mutation("share")
    @Description("Shares (boosts) a post into your followers' feeds. Idempotent. NOT_FOUND if there is no post you may see")
    public @NonNull Engagement share(@Name("postId") @Id @NonNull String postId) {
        return new Engagement(social.share(caller.requireAuthorization(), Arguments.postId(postId)));
    }

    @Mutation("unshare")
    @Description("Takes your share back. Idempotent. NOT_FOUND if there is no post you may see")
    public @NonNull Engagement unshare(@Name("postId") @Id @NonNull String postId) {
        return new Engagement(social.unshare(caller.requireAuthorization(), Arguments.postId(postId)));
    }

    @Query("likers")
    @Description("Who liked a post, newest first: 'first' per page (1-" + Arguments.MAX_PAGE + ", 20 when left out), "
            + "'after' the endCursor of the page before. NOT_FOUND if there is no post you may see")
    public @NonNull ProfileConnection likers(@Name("postId") @Id @NonNull String postId,
                                             @Name("first") Integer first, @Name("after") String after) {
        String authorization = caller.requireAuthorization();
        UUID post = Arguments.postId(postId);
        return people.page(authorization, Paging.fetch(Arguments.first(first), after,
                (a, n) -> social.likers(authorization, post, a, n),
                AccountPage::items, AccountPage::nextCursor, AccountPage::new));
    }
}
