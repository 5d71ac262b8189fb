package nova.events.log;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import nova.platform.security.Permissions;

/** The event log, for operators: {@code GET /events?type=&subject=&from=&to=&limit=}. */
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.VIEW_DEAD_LETTERS)
public class EventLogResource {

    private static final int MAX_LIMIT = 1000;

    @Inject
    EventLogQuery log;

    /**
     * @param from  inclusive, ISO-8601 instant (default: the beginning)
     * @param to    exclusive, ISO-8601 instant (default: now and beyond)
     * @param limit 1–1000, default 100
     */
    @GET
    public List<LoggedEvent> find(@QueryParam("type") String type, @QueryParam("subject") String subject,
                                  @QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("limit") Integer limit) {
        int rows = limit == null ? 100 : limit;
        if (rows < 1 || rows > MAX_LIMIT) {
            throw new BadRequestException("limit must be between 1 and " + MAX_LIMIT);
        }
        Instant start = instant("from", from, Instant.EPOCH);
        Instant end = instant("to", to, Instant.parse("9999-12-31T00:00:00Z"));
        if (!start.isBefore(end)) {
            throw new BadRequestException("from must be before to");
        }
        return log.find(blankToNull(type), blankToNull(subject), start, end, rows);
    }

    private static Instant instant(String name, String value, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be an ISO-8601 instant such as 2026-11-25T10:00:00Z");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
