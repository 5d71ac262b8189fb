package nova.communication.infra;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: a member, by the subject of identity's access token (their user id). */
public final class Caller {

    private Caller() {
    }

    /** The member making the request; 401 for anyone else (no token, or a token whose subject is no user id). */
    public static UUID member(SecurityContext security) {
        if (security != null && security.getUserPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            try {
                return UUID.fromString(token.getSubject());
            } catch (IllegalArgumentException e) {
                // not a member's token: refused below
            }
        }
        throw new NotAuthorizedException("Only a member's access token, whose subject is their user id, can do this.",
                "Bearer error=\"invalid_token\"");
    }
}
