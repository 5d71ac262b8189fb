package nova.events.log;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import nova.platform.problem.Rejection;
import nova.platform.security.Permissions;

/**
 * The event log, for operators: {@code GET /events?type=&subject=&trace=&from=&to=&limit=&after=}, a page at a
 * time (the next page's address in the {@code Link} header, {@code rel="next"}), and one request's trace followed
 * across contexts: {@code GET /events/traces/{traceId}}.
 */
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.VIEW_DEAD_LETTERS)
public class EventLogResource {

    private static final int MAX_LIMIT = 1000;
    /** A W3C trace id: 32 lower-case hex digits, not all zero. */
    private static final Pattern TRACE_ID = Pattern.compile("(?!0{32})[0-9a-f]{32}");

    @Inject
    EventLogQuery log;

    @Context
    UriInfo uri;

    /**
     * @param trace the trace id (32 hex digits) of the request that caused the events
     * @param from  inclusive, ISO-8601 instant (default: the beginning)
     * @param to    exclusive, ISO-8601 instant (default: now and beyond)
     * @param limit 1–1000, default 100
     * @param after the cursor of the page before, from its {@code Link: <…>; rel="next"}
     */
    @GET
    public Response find(@QueryParam("type") String type, @QueryParam("subject") String subject,
                         @QueryParam("trace") String trace, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("limit") Integer limit,
                         @QueryParam("after") String after) {
        int rows = limit == null ? 100 : limit;
        if (rows < 1 || rows > MAX_LIMIT) {
            throw Rejection.invalidInput("limit", "must be between 1 and " + MAX_LIMIT);
        }
        LogCursor cursor = null;
        if (after != null && !after.isBlank()) {
            try {
                cursor = LogCursor.decode(after);
            } catch (IllegalArgumentException e) {
                throw Rejection.invalidInput("after", "is not a cursor this log gave");
            }
        }
        LogPage page = log.find(filter(type, subject, trace, from, to), cursor, rows);
        Response.ResponseBuilder answer = Response.ok(page.events());
        if (page.next() != null) {
            answer.link(uri.getRequestUriBuilder().replaceQueryParam("after", page.next().encode()).build(), "next");
        }
        return answer.build();
    }

    /** Every event of one trace, in time order, each with the context that produced it (at most 1000). */
    @GET
    @Path("traces/{traceId}")
    public List<TraceStep> trace(@PathParam("traceId") String traceId) {
        LogFilter filter = filter(null, null, traceId, null, null);
        return log.find(filter, null, MAX_LIMIT).events().stream().map(TraceStep::of).toList();
    }

    static LogFilter filter(String type, String subject, String trace, String from, String to) {
        Instant start = instant("from", from, Instant.EPOCH);
        Instant end = instant("to", to, Instant.parse("9999-12-31T00:00:00Z"));
        if (!start.isBefore(end)) {
            throw Rejection.invalidInput("to", "must be after from");
        }
        String traceId = blankToNull(trace);
        if (traceId != null && !TRACE_ID.matcher(traceId).matches()) {
            throw Rejection.invalidInput("trace", "must be a W3C trace id: 32 lower-case hex digits, not all zero");
        }
        return new LogFilter(blankToNull(type), blankToNull(subject), traceId, start, end);
    }

    private static Instant instant(String name, String value, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
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
}
