package nova.content.comment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import nova.contracts.content.Comment;
import nova.contracts.content.CommentDraft;
import nova.contracts.content.CommentEdit;
import nova.contracts.content.CommentPage;
import nova.contracts.content.ContentVersion;
import nova.platform.security.Permissions;

/**
 * The comment paths of {@link nova.contracts.content.ContentApi}, for signed-in members: comments on what the
 * caller may see; only a comment's author changes it.
 */
@Path("comments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.SIGNED_IN)
public class CommentResource {

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Inject
    CommentService comments;

    /** 201 with the new comment. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CommentDraft draft) {
        Comment created = comments.create(caller(), draft);
        return Response.created(uri.getBaseUriBuilder().path("comments").path(created.id().toString()).build())
                .entity(created).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Comment edit(@PathParam("id") String id, CommentEdit edit) {
        return comments.edit(caller(), ItemIds.inPath(id, "comment"), edit);
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") String id) {
        comments.delete(caller(), ItemIds.inPath(id, "comment"));
    }

    /** A target's comments in thread order: each comment followed by its replies. */
    @GET
    public CommentPage list(@QueryParam("targetType") String targetType, @QueryParam("targetId") String targetId,
                            @QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        return comments.list(caller(), targetType, ItemIds.parse(targetId).orElse(null), after, limit);
    }

    @GET
    @Path("{id}/versions")
    public List<ContentVersion> versions(@PathParam("id") String id) {
        return comments.versions(caller(), ItemIds.inPath(id, "comment"));
    }

    private Caller caller() {
        return Caller.of(security, headers);
    }
}
