package nova.content.infra;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: a member, by the subject of identity's access token (their user id), and the token itself,
 * which content passes on as it came when it asks the user or media context about this member.
 */
public record Caller(UUID id, String authorization) {

    /** The member making the request; 401 for anyone else (no token, or a token whose subject is no user id). */
    public static Caller of(SecurityContext security, HttpHeaders headers) {
        if (security != null && security.getUserPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            try {
                UUID id = UUID.fromString(token.getSubject());
                String authorization = headers == null ? null : headers.getHeaderString(HttpHeaders.AUTHORIZATION);
                return new Caller(id, authorization == null ? "Bearer " + token.getRawToken() : authorization);
            } catch (IllegalArgumentException e) {
                // not a member's token: refused below
            }
        }
        throw new NotAuthorizedException("Only a member's access token, whose subject is their user id, can do this.",
                "Bearer error=\"invalid_token\"");
    }

    @Override
    public String toString() {
        return "Caller[" + id + "]"; // never the token
    }
}
