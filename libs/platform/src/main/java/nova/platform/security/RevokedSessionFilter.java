package nova.platform.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.UUID;
import nova.platform.problem.Problem;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A verified access token of a revoked session opens nothing: 401 {@code invalid-token} when the
 * token's {@code sid} is on this server's {@link RevokedSessions} list. A token without a {@code sid}
 * (identity issues none) has no session to revoke and passes. As in {@link AccessTokenType}, the JWT
 * API is touched only inside the method: the gateway bundles this jar without mpJwt.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 1)
public class RevokedSessionFilter implements ContainerRequestFilter {

    private volatile RevokedSessions revokedSessions;

    @Override
    public void filter(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext().getUserPrincipal();
        if (principal == null || !AccessTokenType.isJwt(principal)) {
            return;
        }
        JsonWebToken token = (JsonWebToken) principal;
        UUID session = SessionClaim.of(token.getClaim(SessionClaim.NAME), token.getRawToken());
        if (session != null && revokedSessions().isRevoked(session)) {
            request.abortWith(Response.fromResponse(Problem.of(401, "invalid-token", "Invalid token",
                            "This token's session has been revoked. Log in again.").toResponse())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"").build());
        }
    }

    /** Looked up, not injected: JAX-RS creates its providers itself, and this one need not be a CDI bean. */
    private RevokedSessions revokedSessions() {
        RevokedSessions found = revokedSessions;
        if (found == null) {
            found = CDI.current().select(RevokedSessions.class).get();
            revokedSessions = found;
        }
        return found;
    }
}
