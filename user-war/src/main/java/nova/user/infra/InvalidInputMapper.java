package nova.user.infra;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nova.platform.problem.Problem;

/** 400 {@code invalid-input} with the field errors, in the shape of the platform's bean-validation answer. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(InvalidInputException e) {
        return Problem.of(400, "invalid-input", "Invalid input", e.getMessage())
                .withErrors(e.errors())
                .withInstance(uri.getRequestUri())
                .toResponse();
    }
}
