package nova.contracts.social;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The social context's API (config key {@code social}). Every call carries the caller's access token
 * ({@code authorization} is the whole header value, {@code Bearer <jwt>}); 401 without a valid one. Errors are
 * problem+json: 400 {@code invalid-input} with field errors, 404 {@code not-found} (a member or post the caller
 * may not see, and either side of a block), 503 {@code unavailable} when the content context, which says whether a
 * post exists and is visible, is down (nothing is written then).
 * <p>
 * Pages: {@code after} is the previous page's {@code nextCursor} (or null), {@code limit} 1–100 (default 20).
 * Batches: {@code ids} 1–100 distinct UUIDs, comma-separated, answered in the order asked.
 */
@RegisterRestClient(configKey = "social")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public interface SocialApi {

    /**
     * Follows {@code userId}, or asks to when the account is locked ({@code requested}); idempotent. 404 for an
     * unknown member or when either blocks the other; 400 for oneself. Publishes {@code social.follow.created} or
     * {@code social.follow.requested} when it changed something.
     */
    @PUT
    @Path("relationships/{userId}/follow")
    Relationship follow(@HeaderParam("Authorization") String authorization, @PathParam("userId") UUID userId);

    /** Unfollows {@code userId} or withdraws the pending request; idempotent. Publishes {@code social.follow.removed}. */
    @DELETE
    @Path("relationships/{userId}/follow")
    Relationship unfollow(@HeaderParam("Authorization") String authorization, @PathParam("userId") UUID userId);

    /** The follow requests waiting for the caller's approval, newest first. */
    @GET
    @Path("relationships/requests")
    AccountPage requests(@HeaderParam("Authorization") String authorization, @QueryParam("after") String after,
                         @QueryParam("limit") Integer limit);

    /** Approves {@code userId}'s request to follow the caller; 404 when there is none. Publishes {@code social.follow.created}. */
    @POST
    @Path("relationships/{userId}/request/approve")
    Relationship approve(@HeaderParam("Authorization") String authorization, @PathParam("userId") UUID userId);

    /** Rejects {@code userId}'s request to follow the caller; 404 when there is none. Publishes {@code social.follow.removed} (cause {@code rejected}). */
    @POST
    @Path("relationships/{userId}/request/reject")
    Relationship reject(@HeaderParam("Authorization") String authorization, @PathParam("userId") UUID userId);

    /** Blocks {@code userId}; idempotent; removes follows and requests both ways. Publishes {@code social.block.created}. */
    @PUT
    @Path("relationships/{userId}/block")
    Relationship block(@HeaderParam("Authorization") String authorization, @PathParam("userId") UUID userId);

    /** Lifts a block; idempotent. Publishes {@code social.block.removed}. */
    @DELETE
    @Path("relationships/{userId}/block")
    Relationship unblock(@HeaderParam("Authorization") String authorization, @PathParam("userId") UUID userId);

    /** Mutes {@code userId} (their posts and shares leave the caller's feed); idempotent. Publishes {@code social.mute.created}. */
    @PUT
    @Path("relationships/{userId}/mute")
    Relationship mute(@HeaderParam("Authorization") String authorization, @PathParam("userId") UUID userId);

    /** Lifts a mute; idempotent. Publishes {@code social.mute.removed}. */
    @DELETE
    @Path("relationships/{userId}/mute")
    Relationship unmute(@HeaderParam("Authorization") String authorization, @PathParam("userId") UUID userId);

    /** How the caller stands with each of {@code ids}, in the order asked. */
    @GET
    @Path("relationships")
    List<Relationship> relationships(@HeaderParam("Authorization") String authorization, @QueryParam("ids") String ids);

    /** Who follows {@code userId}, newest follow first; members on either side of a block with the caller are left out. */
    @GET
    @Path("users/{userId}/followers")
    AccountPage followers(@HeaderParam("Authorization") String authorization, @PathParam("userId") UUID userId,
                          @QueryParam("after") String after, @QueryParam("limit") Integer limit);

    /** Whom {@code userId} follows, newest follow first; members on either side of a block with the caller are left out. */
    @GET
    @Path("users/{userId}/following")
    AccountPage following(@HeaderParam("Authorization") String authorization, @PathParam("userId") UUID userId,
                          @QueryParam("after") String after, @QueryParam("limit") Integer limit);

    /**
     * The first page of each member's followers, as {@link #followers} answers it: an entry per id, in the order asked,
     * except a member on either side of a block with the caller (404 on the single path: left out here).
     * {@code ids}: 1–100 distinct user ids; {@code limit} 1–100 (20).
     */
    @GET
    @Path("users/followers")
    List<MemberAccounts> followersOf(@HeaderParam("Authorization") String authorization, @QueryParam("ids") String ids,
                                     @QueryParam("limit") Integer limit);

    /** As {@link #followersOf}, for whom each member follows. */
    @GET
    @Path("users/following")
    List<MemberAccounts> followingOf(@HeaderParam("Authorization") String authorization, @QueryParam("ids") String ids,
                                     @QueryParam("limit") Integer limit);

    /** Follower and following counts of each of {@code ids}, in the order asked. */
    @GET
    @Path("users/counts")
    List<RelationshipCounts> counts(@HeaderParam("Authorization") String authorization, @QueryParam("ids") String ids);

    /** Likes a post the caller may see (checked with content); idempotent. Publishes {@code social.like.created}. */
    @PUT
    @Path("posts/{postId}/like")
    PostEngagement like(@HeaderParam("Authorization") String authorization, @PathParam("postId") UUID postId);

    /** Takes back the caller's like; idempotent. Publishes {@code social.like.removed}. */
    @DELETE
    @Path("posts/{postId}/like")
    PostEngagement unlike(@HeaderParam("Authorization") String authorization, @PathParam("postId") UUID postId);

    /** Shares (boosts) a post the caller may see (checked with content); idempotent. Publishes {@code social.share.created}. */
    @PUT
    @Path("posts/{postId}/share")
    PostEngagement share(@HeaderParam("Authorization") String authorization, @PathParam("postId") UUID postId);

    /** Takes back the caller's share; idempotent. Publishes {@code social.share.removed}. */
    @DELETE
    @Path("posts/{postId}/share")
    PostEngagement unshare(@HeaderParam("Authorization") String authorization, @PathParam("postId") UUID postId);

    /** Who liked the post, newest like first; members on either side of a block with the caller are left out. */
    @GET
    @Path("posts/{postId}/likers")
    AccountPage likers(@HeaderParam("Authorization") String authorization, @PathParam("postId") UUID postId,
                       @QueryParam("after") String after, @QueryParam("limit") Integer limit);

    /** Counts and the caller's own like/share of each of {@code ids}, in the order asked (zeros for unknown posts). */
    @GET
    @Path("posts/engagement")
    List<PostEngagement> engagement(@HeaderParam("Authorization") String authorization, @QueryParam("ids") String ids);

    /**
     * The caller's home feed, newest first: posts of whom they follow (fanned out on write), the posts of followed
     * authors above the celebrity threshold merged in at read time, shares once per post; muted and blocked
     * members left out. Stable while new posts arrive (keyset).
     */
    @GET
    @Path("feed")
    FeedPage feed(@HeaderParam("Authorization") String authorization, @QueryParam("after") String after,
                  @QueryParam("limit") Integer limit);
}
