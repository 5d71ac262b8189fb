package nova.content.post;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nova.content.infra.Caller;
import nova.content.infra.ItemIds;
import nova.content.infra.Page;
import nova.contracts.content.AuthorPosts;
import nova.contracts.content.ContentVersion;
import nova.contracts.content.Post;
import nova.contracts.content.PostDraft;
import nova.contracts.content.PostEdit;
import nova.contracts.content.PostReplies;
import nova.contracts.content.PostPage;
import nova.contracts.content.Thread;
import nova.platform.security.Permissions;

/**
 * The post paths of {@link nova.contracts.content.ContentApi}, for signed-in members. Reads answer what the caller
 * may see (404 for the rest, never 403); only a post's author edits or deletes it.
 */
@Path("posts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.SIGNED_IN)
public class PostResource {

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Inject
    PostService posts;

    /** 201 with the new post; 200 with the same post for a retry under the same {@code Idempotency-Key}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@HeaderParam("Idempotency-Key") String idempotencyKey, PostDraft draft) {
        PostService.Created created = posts.create(caller(), idempotencyKey, draft);
        if (created.replayed()) {
            return Response.ok(created.post()).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("posts").path(created.post().id().toString()).build())
                .entity(created.post()).build();
    }

    @GET
    @Path("{id}")
    public Post byId(@PathParam("id") String id) {
        return posts.read(caller(), ItemIds.inPath(id, "post"));
    }

    /** {@code ids}: 1–100 distinct post ids; the ones the caller may see, in the order asked. */
    @GET
    public List<Post> byIds(@QueryParam("ids") String ids) {
        return posts.read(caller(), ItemIds.parseList(ids));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Post edit(@PathParam("id") String id, PostEdit edit) {
        return posts.edit(caller(), ItemIds.inPath(id, "post"), edit);
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") String id) {
        posts.delete(caller(), ItemIds.inPath(id, "post"));
    }

    /**
     * {@code ids}: 1–100 distinct user ids; the first page ({@code limit} 1–100, 20) of each one's posts, as
     * {@code by-author/{userId}} answers it, in the order asked.
     */
    @GET
    @Path("by-author")
    public List<AuthorPosts> byAuthors(@QueryParam("ids") String ids, @QueryParam("limit") Integer limit) {
        int size = Page.limit(limit);
        return posts.byAuthors(caller(), ItemIds.parseList(ids), size);
    }

    /**
     * {@code ids}: 1–100 distinct post ids; the first {@code limit} (1–100, 20) direct replies of each post the caller
     * may see, oldest first, as its thread shows them; posts the caller may not see are left out.
     */
    @GET
    @Path("replies")
    public List<PostReplies> replies(@QueryParam("ids") String ids, @QueryParam("limit") Integer limit) {
        int size = Page.limit(limit);
        return posts.replies(caller(), ItemIds.parseList(ids), size);
    }

    /**
     * A page ({@code limit} 1–100, 20) of the post's direct replies the caller may see, oldest first, after the
     * {@code after} cursor (a {@code nextCursor} of this endpoint or of {@code replies?ids=}); 404 for a post the caller
     * may not see, 400 for a cursor content did not give out.
     */
    @GET
    @Path("{id}/replies")
    public PostPage repliesOf(@PathParam("id") String id, @QueryParam("after") String after,
                              @QueryParam("limit") Integer limit) {
        Page page = Page.of(after, limit);
        return posts.repliesOf(caller(), ItemIds.inPath(id, "post"), page);
    }

    @GET
    @Path("by-author/{userId}")
    public PostPage byAuthor(@PathParam("userId") String userId, @QueryParam("after") String after,
                             @QueryParam("limit") Integer limit) {
        Page page = Page.of(after, limit);
        return posts.byAuthor(caller(), ItemIds.inPath(userId, "user"), page);
    }

    @GET
    @Path("{id}/thread")
    public Thread thread(@PathParam("id") String id) {
        return posts.thread(caller(), ItemIds.inPath(id, "post"));
    }

    @GET
    @Path("{id}/versions")
    public List<ContentVersion> versions(@PathParam("id") String id) {
        return posts.versions(caller(), ItemIds.inPath(id, "post"));
    }

    private Caller caller() {
        return Caller.of(security, headers);
    }
}
