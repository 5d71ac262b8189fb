package nova.events.infra;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import nova.platform.security.Permissions;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The events context's REST API, rooted at the server's context root. */
@ApplicationPath("/")
@DeclareRoles({Permissions.SIGNED_IN, Permissions.VIEW_DEAD_LETTERS, Permissions.MANAGE_DEAD_LETTERS})
@OpenAPIDefinition(info = @Info(title = "Nova events", version = "1", description = "The durable log of every event, the subscription registry, the dead-letter store with replay, and cross-context sagas."))
public class EventsApi extends Application {
}
