package nova.search.rebuild;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nova.contracts.search.RebuildStatus;
import nova.platform.security.Permissions;

/**
 * The operator's rebuild of the projection: a replay of the event log into it, so it takes the permission that
 * replays events, {@code manage_dead_letters}, held by the operator account (HTTP Basic, {@code NOVA_ADMIN_USER} /
 * {@code NOVA_ADMIN_PASSWORD}) and by members whose roles grant it (server.xml). 202 with the rebuild's status;
 * 409 {@code conflict} while one runs.
 */
@Path("search/rebuilds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.MANAGE_DEAD_LETTERS)
public class RebuildResource {

    @Inject
    RebuildService rebuilds;

    @POST
    public Response start() {
        return Response.accepted(rebuilds.start()).build();
    }

    /** The latest rebuild, running or finished; 404 before the first. */
    @GET
    @Path("current")
    public RebuildStatus current() {
        RebuildStatus status = rebuilds.current();
        if (status == null) {
            throw new NotFoundException("No rebuild has run yet.");
        }
        return status;
    }
}
