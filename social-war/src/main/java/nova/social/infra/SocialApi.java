package nova.social.infra;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The social context's REST API, rooted at the server's context root. */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Nova social", version = "1", description = "Follows, likes, shares and feeds."))
public class SocialApi extends Application {
}
