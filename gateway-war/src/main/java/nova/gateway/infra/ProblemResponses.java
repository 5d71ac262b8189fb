package nova.gateway.infra;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns a context's 4xx problem+json answer into the {@link ApiError} the client will see, inside the
 * call, so Fault Tolerance can tell a refused request (not a failure: no retry, circuit untouched)
 * from a failing service. 5xx and 429 are left to the default mapper: they count as failures.
 */
public class ProblemResponses implements ResponseExceptionMapper<ApiError> {

    private final String context;

    public ProblemResponses(String context) {
        this.context = context;
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400 && status < 500 && status != 429;
    }

    @Override
    public ApiError toThrowable(Response response) {
        response.bufferEntity();
        String body = response.hasEntity() ? response.readEntity(String.class) : null;
        return ProblemMapping.toApiError(context, response.getStatus(), body);
    }
}
