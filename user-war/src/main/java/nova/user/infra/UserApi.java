package nova.user.infra;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import nova.platform.security.Permissions;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The user context's REST API, rooted at the server's context root. Members present identity's access token
 * (MicroProfile JWT, verified by the server's shared mpJwt configuration); its {@code groups} claim carries
 * {@link Permissions#SIGNED_IN} and the permissions their roles grant. The operator account signs in with HTTP
 * Basic and holds the permissions the administrative calls check (server.xml binds them), which is how the
 * first admin is made.
 */
@ApplicationPath("/")
@DeclareRoles({Permissions.SIGNED_IN, Permissions.MANAGE_ROLES, Permissions.BAN_USERS})
@OpenAPIDefinition(info = @Info(title = "Nova user", version = "1", description = "Users and their profiles, settings, roles and permissions; verify, ban, delete."))
public class UserApi extends Application {

    /** The role of every signed-in member: the {@code groups} claim identity puts in its tokens. */
    public static final String USER = Permissions.SIGNED_IN;
}
