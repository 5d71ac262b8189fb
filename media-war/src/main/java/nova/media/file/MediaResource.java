package nova.media.file;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.UUID;
import nova.contracts.media.AttachmentReport;
import nova.contracts.media.Media;
import nova.contracts.media.MediaPage;
import nova.media.infra.Caller;
import nova.media.infra.MediaIds;
import nova.media.infra.Refusals;
import nova.platform.security.Permissions;

/** The read and delete paths of {@link nova.contracts.media.MediaApi}, for signed-in members. */
@Path("media")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.SIGNED_IN)
public class MediaResource {

    @Context
    SecurityContext security;

    @Inject
    MediaService media;

    @Inject
    StoredFiles storedFiles;

    @GET
    @Path("mine")
    public MediaPage mine(@QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        return media.mine(Caller.member(security), after, limit);
    }

    @GET
    @Path("attachments")
    public AttachmentReport attachments(@QueryParam("ids") String ids) {
        return media.attachments(Caller.member(security), MediaIds.parseList(ids));
    }

    @GET
    public List<Media> byIds(@QueryParam("ids") String ids) {
        return media.find(Caller.member(security), MediaIds.parseList(ids));
    }

    @GET
    @Path("{id}")
    public Media byId(@PathParam("id") String id) {
        UUID caller = Caller.member(security);
        return MediaIds.parse(id).flatMap(mediaId -> media.find(caller, mediaId))
                .orElseThrow(() -> Refusals.notFound("There is no media " + abbreviate(id) + "."));
    }

    /** Deletes the row (in one transaction with {@code media.deleted}), then the bytes no other row uses. */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        UUID caller = Caller.member(security);
        UUID mediaId = MediaIds.parse(id).orElseThrow(() -> Refusals.notFound("There is no media " + abbreviate(id) + "."));
        List<String> keys = media.delete(caller, mediaId);
        storedFiles.removeUnused(keys);
        return Response.noContent().build();
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
