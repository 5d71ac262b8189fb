package nova.events.deadletter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DELETE;
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
 * The dead-letter store for operators: list and inspect ({@code view_dead_letters}), replay to the original topic
 * and discard ({@code manage_dead_letters}). The operator account (HTTP Basic) holds both.
 */
@Path("dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.VIEW_DEAD_LETTERS)
public class DeadLetterResource {

    private static final Set<String> STATUSES = Set.of("pending", "replayed", "discarded");

    @Inject
    DeadLetters deadLetters;

    @Context
    SecurityContext caller;

    /** Newest first. {@code status}: pending, replayed or discarded; {@code limit} 1–500 (default 50). */
    @GET
    public List<DeadLetter> list(@QueryParam("status") String status, @QueryParam("consumer") String consumer,
                                 @QueryParam("limit") Integer limit) {
        if (status != null && !STATUSES.contains(status)) {
            throw new BadRequestException("status must be one of " + STATUSES);
        }
        int rows = limit == null ? 50 : limit;
        if (rows < 1 || rows > 500) {
            throw new BadRequestException("limit must be between 1 and 500");
        }
        return deadLetters.list(status, consumer == null || consumer.isBlank() ? null : consumer, rows);
    }

    @GET
    @Path("{id}")
    public DeadLetter inspect(@PathParam("id") String id) {
        UUID letter = parse(id);
        return deadLetters.find(letter).orElseThrow(() -> new NotFoundException("no dead letter " + id));
    }

    /** Sends the event back to its original topic; 409 unless the letter is pending and readable. */
    @POST
    @Path("{id}/replay")
    @RolesAllowed(Permissions.MANAGE_DEAD_LETTERS)
    public DeadLetter replay(@PathParam("id") String id) {
        return deadLetters.replay(parse(id), caller.getUserPrincipal().getName());
    }

    /** Sets a pending letter aside for good (it stays listed as discarded); 409 if it was replayed. */
    @DELETE
    @Path("{id}")
    @RolesAllowed(Permissions.MANAGE_DEAD_LETTERS)
    public void discard(@PathParam("id") String id) {
        deadLetters.discard(parse(id), caller.getUserPrincipal().getName());
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no dead letter " + id);
        }
    }
}
