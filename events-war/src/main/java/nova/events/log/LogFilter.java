package nova.events.log;

import java.time.Instant;

/**
 * What an operator asks of the log: any of type, subject (the aggregate id), trace id (32 lower-case hex digits, the
 * W3C trace of the request that caused the event), within {@code [from, to)}. Null means any.
 */
public record LogFilter(String type, String subject, String traceId, Instant from, Instant to) {
}
