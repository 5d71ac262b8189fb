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

/**
 * The operator's rebuild of the projection (HTTP Basic with the operator account, {@code NOVA_ADMIN_USER} /
 * {@code NOVA_ADMIN_PASSWORD}; no member token holds the {@code operator} role). 202 with the rebuild's status;
 * 409 {@code conflict} while one runs.
 */
@Path("search/rebuilds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(RebuildResource.OPERATOR)
public class RebuildResource {

    /** The role only the operator account is bound to (server.xml). */
    public static final String OPERATOR = "operator";

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
