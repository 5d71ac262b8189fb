package nova.gateway.infra;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns a context's 4xx problem+json answer into the {@link ApiError} the client will see, inside the
 * call, so Fault Tolerance can tell a refused request (not a failure: no retry, circuit untouched)
 * from a failing service. 429 is a refusal too: identity says it to a caller who failed too many logins,
 * and counting it would let one guesser open the circuit and lock everyone out. 5xx are left to the
 * default mapper: they count as failures.
 */
public class ProblemResponses implements ResponseExceptionMapper<ApiError> {

    private final String context;

    public ProblemResponses(String context) {
        this.context = context;
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400 && status < 500;
    }

    @Override
    public ApiError toThrowable(Response response) {
        response.bufferEntity();
        String body = response.hasEntity() ? response.readEntity(String.class) : null;
        return ProblemMapping.toApiError(context, response.getStatus(), body,
                response.getHeaderString("Retry-After"), Instant.now());
    }
}
