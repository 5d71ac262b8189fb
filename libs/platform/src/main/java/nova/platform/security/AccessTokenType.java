package nova.platform.security;

import jakarta.annotation.Priority;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import nova.platform.problem.Problem;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Only access tokens open the API. mpJwt checks the signature, issuer, audience and expiry but not
 * the JOSE {@code typ}; this filter refuses, with 401, a verified JWT that is not typed
 * {@code at+jwt} (RFC 9068; RFC 8725 §3.11), so no other kind of token identity's keys might ever
 * sign can be replayed as one. The JWT API is touched only inside the method: the gateway bundles
 * this jar without mpJwt.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AccessTokenType implements ContainerRequestFilter {

    public static final String TYPE = "at+jwt";
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public void filter(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext().getUserPrincipal();
        if (principal == null || !isJwt(principal)) {
            return;
        }
        if (!TYPE.equals(typeOf(((JsonWebToken) principal).getRawToken()))) {
            request.abortWith(Response.fromResponse(Problem.of(401, "invalid-token", "Invalid token",
                            "This token is not an access token.").toResponse())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"").build());
        }
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
        if (compact == null) {
            return null;
        }
        int dot = compact.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        try {
            byte[] header = Base64.getUrlDecoder().decode(compact.substring(0, dot));
            JsonObject json = JSON.createReader(new ByteArrayInputStream(header)).readObject();
            return json.getString("typ", null);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
