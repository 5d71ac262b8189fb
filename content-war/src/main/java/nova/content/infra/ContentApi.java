package nova.content.infra;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import nova.platform.security.Permissions;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The content context's REST API ({@link nova.contracts.content.ContentApi}), rooted at the server's context root.
 * Members present identity's access token (MicroProfile JWT).
 */
@ApplicationPath("/")
@DeclareRoles({Permissions.SIGNED_IN, Permissions.MODERATE_CONTENT})
@OpenAPIDefinition(info = @Info(title = "Nova content", version = "1", description = "Posts, articles, comments and their versions."))
public class ContentApi extends Application {
}
