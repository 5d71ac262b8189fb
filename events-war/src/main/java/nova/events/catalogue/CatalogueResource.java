package nova.events.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nova.platform.security.Permissions;

/** {@code GET /catalogue}: every event type, its producer, consumers, schema version and an example. */
@Path("catalogue")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.VIEW_DEAD_LETTERS)
public class CatalogueResource {

    @Inject
    EventCatalogue catalogue;

    @GET
    public List<CataloguedEvent> all() {
        return catalogue.all();
    }
}
