package nova.user.infra;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The user context's REST API, rooted at the server's context root. */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Nova user", version = "1", description = "Users and their profiles, settings, roles and permissions; verify, ban, delete."))
public class UserApi extends Application {
}
