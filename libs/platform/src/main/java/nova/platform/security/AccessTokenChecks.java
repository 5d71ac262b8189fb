package nova.platform.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.JsonObject;
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
 * What mpJwt does not check about a verified token, refused with 401 {@code invalid-token}:
 * <ul>
 * <li>its JOSE {@code typ} must be {@code at+jwt} (RFC 9068; RFC 8725 §3.11), so no other kind of
 * token identity's keys might ever sign can be replayed as an access token;</li>
 * <li>its session ({@code sid}) must not be on this server's {@link RevokedSessions} list. A token
 * without a {@code sid} has no session to revoke and passes.</li>
 * </ul>
 * The JWT API is touched only inside the method: the gateway bundles this jar without mpJwt.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AccessTokenChecks implements ContainerRequestFilter {

    public static final String TYPE = "at+jwt";

    /** How every refused access token is challenged (RFC 6750 §3.1). */
    public static final String INVALID_TOKEN_CHALLENGE = "Bearer realm=\"nova\", error=\"invalid_token\"";

    private volatile RevokedSessions revokedSessions;

    @Override
    public void filter(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext().getUserPrincipal();
        if (principal == null || !isJwt(principal)) {
            return;
        }
        JsonWebToken token = (JsonWebToken) principal;
        if (!TYPE.equals(typeOf(token.getRawToken()))) {
            request.abortWith(invalidToken("This token is not an access token."));
            return;
        }
        UUID session = SessionClaim.of(token.getClaim(SessionClaim.NAME), token.getRawToken());
        if (session != null && revokedSessions().isRevoked(session)) {
            request.abortWith(invalidToken("This token's session has been revoked. Log in again."));
        }
    }

    private static Response invalidToken(String detail) {
        return unauthorized(invalidTokenProblem(detail), INVALID_TOKEN_CHALLENGE);
    }

    /** 401 {@code invalid-token}: what a refused access token is told, by this filter or by {@link BearerTokenMechanism}. */
    static Problem invalidTokenProblem(String detail) {
        return Problem.of(401, "invalid-token", "Invalid token", detail);
    }

    /** 401 as problem+json with a bearer challenge (RFC 6750 §3): how every refusal of a caller's credentials reads. */
    static Response unauthorized(Problem problem, String challenge) {
        return Response.fromResponse(problem.toResponse()).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }

    static boolean isJwt(Principal principal) {
        try {
            return principal instanceof JsonWebToken;
        } catch (NoClassDefFoundError e) {
            return false; // a server without mpJwt has no bearer tokens to check
        }
    }

    /** The {@code typ} of a compact JWS's header, or null if it has none or cannot be read. */
    static String typeOf(String compact) {
        JsonObject header = CompactJws.part(compact, CompactJws.HEADER);
        return header == null ? null : header.getString("typ", null);
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
