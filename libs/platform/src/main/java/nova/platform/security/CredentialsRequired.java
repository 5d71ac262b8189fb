package nova.platform.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import nova.platform.problem.Problem;

/**
 * A call without any credentials to a resource that needs a caller is answered here, before the
 * runtime's own {@code @RolesAllowed} check: 401 RFC 9457 problem+json {@code unauthenticated} with a
 * challenge for the bearer token every context takes ({@code WWW-Authenticate: Bearer}, RFC 6750 §3).
 * Left to the runtime, the same call gets an empty body and the login-config's {@code Basic}
 * challenge, which sends API clients (and browsers) the wrong way. A request with any
 * {@code Authorization} header goes on: a bearer token to mpJwt, the operator's Basic credentials to
 * the server's registry.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class CredentialsRequired implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                || request.getSecurityContext().getUserPrincipal() != null
                || !needsACaller(resource.getResourceMethod(), resource.getResourceClass())) {
            return;
        }
        request.abortWith(unauthenticated());
    }

    static boolean needsACaller(Method method, Class<?> type) {
        if (method == null) {
            return false;
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return false;
        }
        return method.isAnnotationPresent(RolesAllowed.class)
                || type != null && type.isAnnotationPresent(RolesAllowed.class) && !type.isAnnotationPresent(PermitAll.class);
    }

    static Response unauthenticated() {
        return AccessTokenChecks.unauthorized(Problem.of(401, "unauthenticated", "Authentication required",
                "This resource needs an access token: send Authorization: Bearer <token>."), "Bearer realm=\"nova\"");
    }
}
