package nova.identity.session;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;
import nova.platform.security.SessionClaim;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who asks, as their verified access token says: the user ({@code sub}) and the session the token
 * belongs to ({@code sid}). A token that does not name both as UUIDs is not one identity issued.
 */
public record CallingSession(UUID userId, UUID sessionId) {

    /**
     * The caller of a resource method that needs an access token ({@code @RolesAllowed}).
     *
     * @throws NotAuthorizedException if the request was not authenticated with one
     * @throws Rejection              401 {@code invalid-token} as {@link #of}
     */
    public static CallingSession of(SecurityContext security) {
        if (!(security.getUserPrincipal() instanceof JsonWebToken token)) {
            throw new NotAuthorizedException("Bearer");
        }
        return of(token.getSubject(), token.getClaim("sid"), token.getRawToken());
    }

    /**
     * @param subject  the token's {@code sub}
     * @param sid      the token's {@code sid} claim as the JWT API gives it
     * @param rawToken the compact token ({@link SessionClaim} reads {@code sid} from it if need be)
     * @throws Rejection 401 {@code invalid-token} if either is missing or not a UUID
     */
    public static CallingSession of(String subject, Object sid, String rawToken) {
        UUID session = SessionClaim.of(sid, rawToken);
        try {
            if (subject != null && session != null) {
                return new CallingSession(UUID.fromString(subject), session);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw new Rejection(Problem.of(401, "invalid-token", "Invalid token",
                "This token does not name a user and a session."));
    }
}
