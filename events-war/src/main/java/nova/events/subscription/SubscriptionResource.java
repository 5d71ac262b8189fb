package nova.events.subscription;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nova.platform.security.Permissions;

/** {@code GET /subscriptions}: every consumer group, the topics it reads and its lag. */
@Path("subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.VIEW_DEAD_LETTERS)
public class SubscriptionResource {

    @Inject
    SubscriptionRegistry registry;

    @GET
    public List<Subscription> all() {
        return registry.current();
    }
}
