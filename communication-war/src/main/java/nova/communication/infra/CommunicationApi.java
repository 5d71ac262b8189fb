package nova.communication.infra;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import nova.platform.security.Permissions;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The communication context's REST API, rooted at the server's context root: conversations, messages and
 * notifications of the calling member (identity's access token; {@link Permissions#SIGNED_IN}).
 */
@ApplicationPath("/")
@DeclareRoles({Permissions.SIGNED_IN})
@OpenAPIDefinition(info = @Info(title = "Nova communication", version = "1", description = "Conversations, messages, notifications, email/SMS/push delivery."))
public class CommunicationApi extends Application {
}
