package nova.media.upload;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import nova.contracts.media.Media;
import nova.contracts.media.UploadRequest;
import nova.media.infra.Caller;
import nova.platform.security.Permissions;

/**
 * {@code POST /media/uploads} hands out a ticket; {@code PUT /media/uploads/{ticket}} takes the raw bytes (any
 * Content-Type, which is ignored: the type is read from the content). The PUT's body is not limited by the
 * platform's 1 MiB {@code BodySizeLimit} ({@code nova.http.own-body-limit-paths}): {@link UploadService}
 * streams it against the media limits.
 */
@Path("media/uploads")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.SIGNED_IN)
public class UploadResource {

    @Context
    SecurityContext security;

    @Inject
    UploadService uploads;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response requestUpload(UploadRequest request) {
        return Response.status(Response.Status.CREATED).entity(uploads.requestUpload(Caller.member(security), request))
                .build();
    }

    @PUT
    @Path("{ticket}")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("ticket") String ticket,
                           @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength, InputStream body) {
        Media media = uploads.receive(Caller.member(security), ticket, declaredLength(contentLength), body);
        return Response.status(Response.Status.CREATED).entity(media).build();
    }

    /** The declared length, or -1 when there is none to believe (the body is counted anyway). */
    static long declaredLength(String header) {
        if (header == null || header.isBlank()) {
            return -1;
        }
        try {
            return Long.parseLong(header.split(",")[0].strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
