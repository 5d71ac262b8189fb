package nova.user.infra;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the server authenticated them: a member, by the subject of identity's access token (their
 * user id), or the operator account (HTTP Basic), who has no user id. Read from the request's security context
 * rather than an injected token, so a Basic caller is never mistaken for a member with an empty token.
 */
public final class Caller {

    private Caller() {
    }

    /**
     * The member making the request: whatever they change is their own. 401 for a caller that is no member
     * with a user id (the operator account, or a token whose subject is not one).
     */
    public static UUID member(SecurityContext security) {
        return actor(security).orElseThrow(() -> new NotAuthorizedException(
                "Only a member's access token, whose subject is their user id, can do this.",
                "Bearer error=\"invalid_token\""));
    }

    /** The member acting, or empty for the operator account (then nobody's user id is recorded as the actor). */
    public static Optional<UUID> actor(SecurityContext security) {
        if (security != null && security.getUserPrincipal() instanceof JsonWebToken token) {
            return UserIds.parse(token.getSubject());
        }
        return Optional.empty();
    }
}
