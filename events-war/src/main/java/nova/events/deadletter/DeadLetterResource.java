package nova.events.deadletter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nova.platform.problem.Rejection;
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

    /**
     * Newest first. {@code status}: pending, replayed or discarded; {@code type}: the failed event's; {@code consumer};
     * {@code from} (inclusive) and {@code to} (exclusive): when the consumer gave up, ISO-8601 instants;
     * {@code error}: a piece of the error text, any case; {@code limit} 1–500 (default 50).
     */
    @GET
    public List<DeadLetter> list(@QueryParam("status") String status, @QueryParam("type") String type,
                                 @QueryParam("consumer") String consumer, @QueryParam("from") String from,
                                 @QueryParam("to") String to, @QueryParam("error") String error,
                                 @QueryParam("limit") Integer limit) {
        if (status != null && !STATUSES.contains(status)) {
            throw Rejection.invalidInput("status", "must be one of " + STATUSES);
        }
        return deadLetters.list(filter(status, type, consumer, from, to, error), limit(limit, 50));
    }

    /**
     * Replays every pending letter the filter matches (at most {@code limit}, 1–500, default 500, oldest first), in
     * one transaction; answers the counts. At least one of type, consumer, from, to or error is required.
     */
    @POST
    @Path("replay")
    @RolesAllowed(Permissions.MANAGE_DEAD_LETTERS)
    public BulkOutcome replayAll(@QueryParam("type") String type, @QueryParam("consumer") String consumer,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("error") String error, @QueryParam("limit") Integer limit) {
        return deadLetters.resolveAll(narrowing(type, consumer, from, to, error), true, limit(limit, 500),
                caller.getUserPrincipal().getName());
    }

    /** Discards every pending letter the filter matches, as {@link #replayAll} replays them. */
    @POST
    @Path("discard")
    @RolesAllowed(Permissions.MANAGE_DEAD_LETTERS)
    public BulkOutcome discardAll(@QueryParam("type") String type, @QueryParam("consumer") String consumer,
                                  @QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("error") String error, @QueryParam("limit") Integer limit) {
        return deadLetters.resolveAll(narrowing(type, consumer, from, to, error), false, limit(limit, 500),
                caller.getUserPrincipal().getName());
    }

    private static DeadLetterFilter narrowing(String type, String consumer, String from, String to, String error) {
        DeadLetterFilter filter = filter(null, type, consumer, from, to, error);
        if (!filter.narrows()) {
            throw Rejection.invalidInput("filter", "say which dead letters: at least one of type, consumer, from, to or error");
        }
        return filter;
    }

    static DeadLetterFilter filter(String status, String type, String consumer, String from, String to, String error) {
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (start != null && end != null && !start.isBefore(end)) {
            throw Rejection.invalidInput("to", "must be after from");
        }
        return new DeadLetterFilter(status, blankToNull(type), blankToNull(consumer), start, end, blankToNull(error));
    }

    private static int limit(Integer limit, int fallback) {
        int rows = limit == null ? fallback : limit;
        if (rows < 1 || rows > 500) {
            throw Rejection.invalidInput("limit", "must be between 1 and 500");
        }
        return rows;
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw Rejection.invalidInput(name, "must be an ISO-8601 instant such as 2026-11-25T10:00:00Z");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
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
