package nova.content.infra;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns a context's 4xx answer into {@link Refused} inside the call, so Fault Tolerance tells a refused request
 * from a failing service. 5xx are left to the default mapper: they count as failures.
 */
class RefusedResponses implements ResponseExceptionMapper<Refused> {

    private final String context;

    RefusedResponses(String context) {
        this.context = context;
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400 && status < 500;
    }

    @Override
    public Refused toThrowable(Response response) {
        return new Refused(context, response.getStatus());
    }
}
