package nova.events.log;

import java.time.Instant;
import java.util.UUID;

/** One event of a followed trace: when, which context produced it, what it was and about what. */
public record TraceStep(Instant time, String context, String type, String subject, UUID eventId, String topic,
                        String traceparent) {

    static TraceStep of(LoggedEvent logged) {
        var event = logged.event();
        return new TraceStep(Instant.parse(event.getString("time")), event.getString("source"), event.getString("type"),
                event.getString("subject"), UUID.fromString(event.getString("id")), logged.topic(),
                event.getString("traceparent", null));
    }
}
