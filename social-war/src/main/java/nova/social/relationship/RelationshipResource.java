package nova.social.relationship;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.UUID;
import nova.contracts.social.AccountPage;
import nova.contracts.social.MemberAccounts;
import nova.contracts.social.Relationship;
import nova.contracts.social.RelationshipCounts;
import nova.platform.security.Permissions;
import nova.social.infra.Caller;
import nova.social.infra.Ids;
import nova.social.infra.MemberCheck;
import nova.social.infra.PageRequest;

/**
 * The relationship paths of {@link nova.contracts.social.SocialApi}, for signed-in members. The caller is always
 * the acting side: nobody follows, blocks or mutes on someone else's behalf, and only the requested member
 * approves or rejects a request to follow them.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.SIGNED_IN)
public class RelationshipResource {

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @Inject
    RelationshipService relationships;

    @Inject
    RelationshipQueries queries;

    @Inject
    MemberCheck memberCheck;

    @PUT
    @Path("relationships/{userId}/follow")
    public Relationship follow(@PathParam("userId") String userId) {
        return relationships.follow(me(), known(userId));
    }

    @DELETE
    @Path("relationships/{userId}/follow")
    public Relationship unfollow(@PathParam("userId") String userId) {
        return relationships.unfollow(me(), user(userId));
    }

    @GET
    @Path("relationships/requests")
    public AccountPage requests(@QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        PageRequest page = PageRequest.of(after, limit);
        return queries.requests(me(), page);
    }

    @POST
    @Path("relationships/{userId}/request/approve")
    public Relationship approve(@PathParam("userId") String userId) {
        return relationships.approve(me(), user(userId));
    }

    @POST
    @Path("relationships/{userId}/request/reject")
    public Relationship reject(@PathParam("userId") String userId) {
        return relationships.reject(me(), user(userId));
    }

    @PUT
    @Path("relationships/{userId}/block")
    public Relationship block(@PathParam("userId") String userId) {
        return relationships.block(me(), known(userId));
    }

    @DELETE
    @Path("relationships/{userId}/block")
    public Relationship unblock(@PathParam("userId") String userId) {
        return relationships.unblock(me(), user(userId));
    }

    @PUT
    @Path("relationships/{userId}/mute")
    public Relationship mute(@PathParam("userId") String userId) {
        return relationships.mute(me(), known(userId));
    }

    @DELETE
    @Path("relationships/{userId}/mute")
    public Relationship unmute(@PathParam("userId") String userId) {
        return relationships.unmute(me(), user(userId));
    }

    @GET
    @Path("relationships")
    public List<Relationship> relationships(@QueryParam("ids") String ids) {
        List<UUID> others = Ids.list(ids);
        return queries.between(me(), others);
    }

    @GET
    @Path("users/{userId}/followers")
    public AccountPage followers(@PathParam("userId") String userId, @QueryParam("after") String after,
                                 @QueryParam("limit") Integer limit) {
        PageRequest page = PageRequest.of(after, limit);
        return queries.followers(me(), user(userId), page);
    }

    @GET
    @Path("users/{userId}/following")
    public AccountPage following(@PathParam("userId") String userId, @QueryParam("after") String after,
                                 @QueryParam("limit") Integer limit) {
        PageRequest page = PageRequest.of(after, limit);
        return queries.following(me(), user(userId), page);
    }

    /** {@code ids}: 1–100 distinct user ids; the first page ({@code limit} 1–100, 20) of each one's followers. */
    @GET
    @Path("users/followers")
    public List<MemberAccounts> followersOf(@QueryParam("ids") String ids, @QueryParam("limit") Integer limit) {
        int size = PageRequest.of(null, limit).limit();
        return queries.followersOf(me(), Ids.list(ids), size);
    }

    /** {@code ids}: 1–100 distinct user ids; the first page ({@code limit} 1–100, 20) of whom each one follows. */
    @GET
    @Path("users/following")
    public List<MemberAccounts> followingOf(@QueryParam("ids") String ids, @QueryParam("limit") Integer limit) {
        int size = PageRequest.of(null, limit).limit();
        return queries.followingOf(me(), Ids.list(ids), size);
    }

    @GET
    @Path("users/counts")
    public List<RelationshipCounts> counts(@QueryParam("ids") String ids) {
        return queries.counts(Ids.list(ids));
    }

    private UUID me() {
        return Caller.of(security, headers).id();
    }

    /** The member {@code id} names, made known from the user context if social has not heard of them yet. */
    private UUID known(String id) {
        UUID userId = user(id);
        memberCheck.known(Caller.of(security, headers), userId);
        return userId;
    }

    private static UUID user(String id) {
        return Ids.path(id, "user");
    }
}
