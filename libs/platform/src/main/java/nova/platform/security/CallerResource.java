package nova.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * {@code GET /caller}: who this context takes the caller to be, from the verified access token.
 * Every context answers it, so a client (or a test) can check that a token is accepted — or
 * refused — by each server without knowing its domain API. Reveals nothing the caller's own token
 * does not already say.
 * <p>
 * The token is read from the security context inside the method, not injected: the gateway bundles
 * this jar too but has no mpJwt, and there the class must load without the JWT API.
 */
@Path("caller")
@Produces(MediaType.APPLICATION_JSON)
@DeclareRoles(Permissions.SIGNED_IN)
public class CallerResource {

    @GET
    @RolesAllowed(Permissions.SIGNED_IN)
    public Caller caller(@Context SecurityContext security) {
        if (!(security.getUserPrincipal() instanceof JsonWebToken token)) {
            throw new NotAuthorizedException("Bearer");
        }
        Set<String> groups = token.getGroups();
        return new Caller(token.getSubject(), token.getName(), groups == null ? List.of() : List.copyOf(groups),
                token.getExpirationTime());
    }

    /** @param expiresAt seconds since the epoch, as in the token's {@code exp} */
    public record Caller(String subject, String name, List<String> groups, long expiresAt) {
    }
}
