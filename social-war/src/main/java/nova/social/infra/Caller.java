package nova.social.infra;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The member calling, by the subject of identity's access token (their user id), and the header that proves it,
 * passed on as it came when social asks content about a post on the member's behalf.
 */
public record Caller(UUID id, String authorization) {

    /** 401 for a caller that is no member with a user id. */
    public static Caller of(SecurityContext security, HttpHeaders headers) {
        if (security != null && security.getUserPrincipal() instanceof JsonWebToken token) {
            var id = Ids.parse(token.getSubject());
            if (id.isPresent()) {
                return new Caller(id.get(), headers == null ? null : headers.getHeaderString(HttpHeaders.AUTHORIZATION));
            }
        }
        throw new NotAuthorizedException("Only a member's access token, whose subject is their user id, can do this.",
                "Bearer error=\"invalid_token\"");
    }
}
