package nova.social.engagement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import nova.contracts.content.Post;
import nova.contracts.social.AccountPage;
import nova.contracts.social.PostEngagement;
import nova.platform.security.Permissions;
import nova.social.infra.Caller;
import nova.social.infra.Ids;
import nova.social.infra.PageRequest;
import nova.social.infra.PostCheck;

/**
 * The engagement paths of {@link nova.contracts.social.SocialApi}. Liking and sharing first ask content whether the
 * caller may see the post, with the caller's token and outside any transaction: 404 when not, 503 when content
 * cannot say, and nothing is written either way. Taking a like or share back needs no such question: it only
 * removes the caller's own row.
 */
@Path("posts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.SIGNED_IN)
public class EngagementResource {

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @Inject
    EngagementService engagement;

    @Inject
    PostCheck postCheck;

    @PUT
    @Path("{postId}/like")
    public PostEngagement like(@PathParam("postId") String postId) {
        Caller caller = Caller.of(security, headers);
        Post post = postCheck.visibleTo(caller, post(postId));
        return engagement.like(caller.id(), post);
    }

    @DELETE
    @Path("{postId}/like")
    public PostEngagement unlike(@PathParam("postId") String postId) {
        return engagement.unlike(Caller.of(security, headers).id(), post(postId));
    }

    @PUT
    @Path("{postId}/share")
    public PostEngagement share(@PathParam("postId") String postId) {
        Caller caller = Caller.of(security, headers);
        Post post = postCheck.visibleTo(caller, post(postId));
        return engagement.share(caller.id(), post);
    }

    @DELETE
    @Path("{postId}/share")
    public PostEngagement unshare(@PathParam("postId") String postId) {
        return engagement.unshare(Caller.of(security, headers).id(), post(postId));
    }

    @GET
    @Path("{postId}/likers")
    public AccountPage likers(@PathParam("postId") String postId, @QueryParam("after") String after,
                              @QueryParam("limit") Integer limit) {
        PageRequest page = PageRequest.of(after, limit);
        return engagement.likers(Caller.of(security, headers).id(), post(postId), page);
    }

    @GET
    @Path("engagement")
    public List<PostEngagement> engagement(@QueryParam("ids") String ids) {
        List<UUID> postIds = Ids.list(ids);
        return engagement.engagement(Caller.of(security, headers).id(), postIds);
    }

    private static UUID post(String id) {
        return Ids.path(id, "post");
    }
}
