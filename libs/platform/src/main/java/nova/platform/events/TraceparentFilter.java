package nova.platform.events;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Takes the caller's W3C {@code traceparent} for the duration of a request, so events written
 * while serving it continue the caller's trace.
 */
@Provider
public class TraceparentFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String SCOPE = TraceparentFilter.class.getName();

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(SCOPE, TraceContext.enter(request.getHeaderString("traceparent")));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(SCOPE) instanceof TraceContext.Scope scope) {
            scope.close();
        }
    }
}
