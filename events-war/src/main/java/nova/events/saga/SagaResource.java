package nova.events.saga;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nova.platform.security.Permissions;

/**
 * The sagas for operators, with the dead letters' permissions: list and inspect ({@code view_dead_letters}),
 * resume a stuck one ({@code manage_dead_letters}). The operator account (HTTP Basic) holds both.
 */
@Path("sagas")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.VIEW_DEAD_LETTERS)
public class SagaResource {

    private static final Set<String> STATUSES = Set.of(Saga.RUNNING, Saga.STUCK, Saga.DONE, Saga.SUPERSEDED);

    @Inject
    Sagas sagas;

    @Context
    SecurityContext caller;

    /** Newest first. {@code status}: running, stuck, done or superseded; {@code user}: a member's id; {@code limit} 1–500 (50). */
    @GET
    public List<SagaView> list(@QueryParam("status") String status, @QueryParam("user") String user,
                               @QueryParam("limit") Integer limit) {
        if (status != null && !STATUSES.contains(status)) {
            throw new BadRequestException("status must be one of " + STATUSES);
        }
        UUID userId = null;
        if (user != null && !user.isBlank()) {
            try {
                userId = UUID.fromString(user);
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("user must be a member's id (a UUID)");
            }
        }
        int rows = limit == null ? 50 : limit;
        if (rows < 1 || rows > 500) {
            throw new BadRequestException("limit must be between 1 and 500");
        }
        return sagas.list(status, userId, rows);
    }

    @GET
    @Path("{id}")
    public SagaView inspect(@PathParam("id") String id) {
        return sagas.find(parse(id)).orElseThrow(() -> new NotFoundException("no saga " + id));
    }

    /** Asks every stuck step again, with its whole budget of attempts; 409 unless the saga is stuck. */
    @POST
    @Path("{id}/resume")
    @RolesAllowed(Permissions.MANAGE_DEAD_LETTERS)
    public SagaView resume(@PathParam("id") String id) {
        return sagas.resume(parse(id), caller.getUserPrincipal().getName());
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no saga " + id);
        }
    }
}
