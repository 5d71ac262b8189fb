package nova.identity.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    @Inject
    @ConfigProperty(name = "nova.jwt.issuer", defaultValue = "https://nova.local/identity")
    String issuer;

    @Inject
    @ConfigProperty(name = "nova.jwt.audience", defaultValue = "nova")
    String audience;

    @Inject
    SigningKeys keys;

    /**
     * A compact JWS, valid {@link AccessToken#LIFETIME} from {@code now}.
     *
     * @param groups the {@code groups} claim: what the account may do (identity's account package decides)
     */
    public String issue(UUID userId, String username, List<String> groups, UUID sessionId, Instant now) {
        return AccessToken.issue(issuer, audience, userId, username, groups, sessionId, now).signWith(keys.current());
    }
}
