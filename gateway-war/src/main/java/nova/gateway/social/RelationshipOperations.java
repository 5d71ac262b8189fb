package nova.gateway.social;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import nova.contracts.social.AccountPage;
import nova.gateway.infra.ApiError;
import nova.gateway.infra.Caller;
import nova.gateway.infra.Paging;
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
 * Follows, follow requests, blocks and mutes, answered by the social context with the caller's own token: every one
 * needs {@code Authorization}, and without it answers {@code UNAUTHENTICATED} without calling anyone. A malformed user
 * id is {@code NOT_FOUND} without a call, as an unknown one is.
 */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class RelationshipOperations {

    @Inject
    Caller caller;

    @Inject
    SocialClient social;

    @Inject
    People people;

    @Mutation("follow")
    @Description("Follows a user; a locked account gets a request instead (requested: true) until it approves. Idempotent. "
            + "NOT_FOUND for an unknown user or when either of you blocks the other, VALIDATION_FAILED for yourself")
    public @NonNull Relationship follow(@Name("userId") @Id @NonNull String userId) {
        return new Relationship(social.follow(caller.requireAuthorization(), UserIds.parse(userId)));
    }

    @Mutation("unfollow")
    @Description("Stops following a user, or withdraws a pending request. Idempotent")
    public @NonNull Relationship unfollow(@Name("userId") @Id @NonNull String userId) {
        return new Relationship(social.unfollow(caller.requireAuthorization(), UserIds.parse(userId)));
    }

    @Query("followRequests")
    @Description("Who asked to follow you (a locked account) and waits for your answer, newest first: 'first' per page "
            + "(1-" + Arguments.MAX_PAGE + ", 20 when left out), 'after' the endCursor of the page before")
    public @NonNull ProfileConnection followRequests(@Name("first") Integer first, @Name("after") String after) {
        String authorization = caller.requireAuthorization();
        return people.page(authorization, Paging.fetch(Arguments.first(first), after,
                (a, n) -> social.requests(authorization, a, n),
                AccountPage::items, AccountPage::nextCursor, AccountPage::new));
    }

    @Mutation("approveFollowRequest")
    @Description("Lets a user who asked follow you. NOT_FOUND if they have no pending request")
    public @NonNull Relationship approveFollowRequest(@Name("userId") @Id @NonNull String userId) {
        return new Relationship(social.approve(caller.requireAuthorization(), UserIds.parse(userId)));
    }

    @Mutation("rejectFollowRequest")
    @Description("Turns down a user's request to follow you. NOT_FOUND if they have no pending request")
    public @NonNull Relationship rejectFollowRequest(@Name("userId") @Id @NonNull String userId) {
        return new Relationship(social.reject(caller.requireAuthorization(), UserIds.parse(userId)));
    }

    @Mutation("block")
    @Description("Blocks a user: follows and requests both ways end, and neither sees the other in social lists or feeds. Idempotent")
    public @NonNull Relationship block(@Name("userId") @Id @NonNull String userId) {
        return new Relationship(social.block(caller.requireAuthorization(), UserIds.parse(userId)));
    }

    @Mutation("unblock")
    @Description("Lifts a block (follows that ended with it do not come back). Idempotent")
    public @NonNull Relationship unblock(@Name("userId") @Id @NonNull String userId) {
        return new Relationship(social.unblock(caller.requireAuthorization(), UserIds.parse(userId)));
    }

    @Mutation("mute")
    @Description("Mutes a user: their posts and shares stay out of your feed; they are not told. Idempotent")
    public @NonNull Relationship mute(@Name("userId") @Id @NonNull String userId) {
        return new Relationship(social.mute(caller.requireAuthorization(), UserIds.parse(userId)));
    }

    @Mutation("unmute")
    @Description("Lifts a mute. Idempotent")
    public @NonNull Relationship unmute(@Name("userId") @Id @NonNull String userId) {
        return new Relationship(social.unmute(caller.requireAuthorization(), UserIds.parse(userId)));
    }

    @Query("relationship")
    @Description("How you and a user stand. NOT_FOUND for a malformed id")
    public @NonNull Relationship relationship(@Name("userId") @Id @NonNull String userId) {
        String authorization = caller.requireAuthorization();
        UUID id = UserIds.parse(userId);
        return social.relationships(authorization, List.of(id)).stream().filter(r -> id.equals(r.userId()))
                .findFirst().map(Relationship::new)
                .orElseThrow(() -> new ApiError(ApiError.Code.NOT_FOUND, "There is no user with this id."));
    }

    @Query("followers")
    @Description("Who follows a user, newest first: 'first' per page (1-" + Arguments.MAX_PAGE + ", 20 when left out), "
            + "'after' the endCursor of the page before. NOT_FOUND for an unknown user or one who blocks you")
    public @NonNull ProfileConnection followers(@Name("userId") @Id @NonNull String userId,
                                                @Name("first") Integer first, @Name("after") String after) {
        String authorization = caller.requireAuthorization();
        UUID id = UserIds.parse(userId);
        return people.page(authorization, Paging.fetch(Arguments.first(first), after,
                (a, n) -> social.followers(authorization, id, a, n),
                AccountPage::items, AccountPage::nextCursor, AccountPage::new));
    }

    @Query("following")
    @Description("Whom a user follows, newest first: 'first' per page (1-" + Arguments.MAX_PAGE + ", 20 when left out), "
            + "'after' the endCursor of the page before. NOT_FOUND for an unknown user or one who blocks you")
    public @NonNull ProfileConnection following(@Name("userId") @Id @NonNull String userId,
                                                @Name("first") Integer first, @Name("after") String after) {
        String authorization = caller.requireAuthorization();
        UUID id = UserIds.parse(userId);
        return people.page(authorization, Paging.fetch(Arguments.first(first), after,
                (a, n) -> social.following(authorization, id, a, n),
                AccountPage::items, AccountPage::nextCursor, AccountPage::new));
    }
}
