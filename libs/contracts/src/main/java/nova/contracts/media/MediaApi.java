package nova.contracts.media;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The media context's API (config key {@code media}). Every call carries the caller's access token
 * ({@code authorization} is the whole header value, {@code Bearer <jwt>}); 401 without a valid one. Errors are
 * problem+json: 400 {@code invalid-input} with field errors, 404 {@code not-found}, 403 {@code forbidden},
 * 413 {@code too-large}, 409 {@code quota-exceeded}.
 * <p>
 * The bytes themselves are not sent through this interface: {@code PUT /media/uploads/{ticket}} takes the raw
 * body straight from the member's client (see {@link UploadTicket}), and {@code GET /files/{id}/{variant}}
 * serves them to anyone holding the URL.
 */
@RegisterRestClient(configKey = "media")
@Path("/media")
@Produces(MediaType.APPLICATION_JSON)
public interface MediaApi {

    /** A ticket to upload one file; the declared size and the caller's quota are checked now. */
    @POST
    @Path("uploads")
    @Consumes(MediaType.APPLICATION_JSON)
    UploadTicket requestUpload(@HeaderParam("Authorization") String authorization, UploadRequest request);

    /** One media file; 404 when unknown, deleted or someone else's private media. */
    @GET
    @Path("{id}")
    Media byId(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /** The caller's own media, newest first; {@code after} is the previous page's {@code nextCursor} (or null), {@code limit} 1–100 (default 20). */
    @GET
    @Path("mine")
    MediaPage mine(@HeaderParam("Authorization") String authorization, @QueryParam("after") String after,
                   @QueryParam("limit") Integer limit);

    /** Several at once: {@code ids} 1–100 distinct UUIDs comma-separated; the ones the caller may see, in the order asked. */
    @GET
    List<Media> byIds(@HeaderParam("Authorization") String authorization, @QueryParam("ids") String ids);

    /** For content: which of {@code ids} (comma-separated, 1–100) the caller owns and are ready to attach. */
    @GET
    @Path("attachments")
    AttachmentReport attachments(@HeaderParam("Authorization") String authorization, @QueryParam("ids") String ids);

    /** Deletes one of the caller's media with every stored variant; 403 for someone else's. Publishes {@code media.deleted}. */
    @DELETE
    @Path("{id}")
    void delete(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);
}
