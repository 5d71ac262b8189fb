package nova.identity.infra;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The identity context's REST API, rooted at the server's context root. */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Nova identity", version = "1", description = "Accounts and authentication: credentials, sessions, refresh tokens, revocation; issues RS256 tokens and publishes its JWKS."))
public class IdentityApi extends Application {
}
