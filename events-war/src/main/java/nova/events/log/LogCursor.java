package nova.events.log;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page of the log ended: the last event's time and id, the log's order. Opaque to callers (URL-safe
 * Base64 of {@code time|id}); one that does not read is refused.
 */
public record LogCursor(Instant time, UUID eventId) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((time + "|" + eventId).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when {@code text} is not a cursor this log gave */
    public static LogCursor decode(String text) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int bar = plain.indexOf('|');
            if (bar < 0) {
                throw new IllegalArgumentException("not a cursor");
            }
            return new LogCursor(Instant.parse(plain.substring(0, bar)), UUID.fromString(plain.substring(bar + 1)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("after is not a cursor this log gave", e);
        }
    }
}
