package nova.identity.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues signed access tokens for a session, with the issuer and audience every other server's
 * {@code mpJwt} checks ({@code nova.jwt.issuer}, {@code nova.jwt.audience}).
 */
@ApplicationScoped
public class AccessTokenIssuer {

    /** Until roles come from the user context's RBAC, everyone is a user. */
    static final List<String> GROUPS = List.of("user");

    @Inject
    @ConfigProperty(name = "nova.jwt.issuer", defaultValue = "https://nova.local/identity")
    String issuer;

    @Inject
    @ConfigProperty(name = "nova.jwt.audience", defaultValue = "nova")
    String audience;

    @Inject
    SigningKeys keys;

    /** A compact JWS, valid {@link AccessToken#LIFETIME} from {@code now}. */
    public String issue(UUID userId, String username, UUID sessionId, Instant now) throws SQLException {
        return AccessToken.issue(issuer, audience, userId, username, GROUPS, sessionId, now).signWith(keys.current());
    }
}
