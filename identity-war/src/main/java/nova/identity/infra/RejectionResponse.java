package nova.identity.infra;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Writes a {@link Rejection} as its problem+json, naming the request it answers. */
@Provider
public class RejectionResponse implements ExceptionMapper<Rejection> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Rejection rejection) {
        return rejection.problem().withInstance(uri.getRequestUri()).toResponse();
    }
}
