package nova.content.moderation;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling (the subject of identity's access token, a user id) and ids as paths write them. */
final class Members {

    private Members() {
    }

    /** The member making the request; 401 for anyone else. */
    static UUID caller(SecurityContext security) {
        if (security != null && security.getUserPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            Optional<UUID> id = parse(token.getSubject());
            if (id.isPresent()) {
                return id.get();
            }
        }
        throw new NotAuthorizedException("Only a member's access token, whose subject is their user id, can do this.",
                "Bearer error=\"invalid_token\"");
    }

    /** A path's id, or empty when it is no UUID (then it names nothing: 404, not 400). */
    static Optional<UUID> parse(String id) {
        try {
            return id == null || id.length() != 36 ? Optional.empty() : Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
