package nova.user.infra;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The user context's REST API, rooted at the server's context root. Callers present identity's
 * access token (MicroProfile JWT, verified by the server's shared mpJwt configuration); its
 * {@code groups} claim carries their roles.
 */
@ApplicationPath("/")
@DeclareRoles(UserApi.USER)
@OpenAPIDefinition(info = @Info(title = "Nova user", version = "1", description = "Users and their profiles, settings, roles and permissions; verify, ban, delete."))
public class UserApi extends Application {

    /** The role of every signed-in member: the {@code groups} claim identity puts in its tokens. */
    public static final String USER = "user";
}
