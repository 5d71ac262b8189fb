package nova.events.deadletter;

import java.time.Instant;
import java.util.Locale;

/**
 * Which dead letters an operator means: any of status, the failed event's type, the consumer that gave up, when it
 * gave up ({@code [from, to)} on {@code failed_at}) and a piece of the error text (case-insensitive). Null means any.
 */
public record DeadLetterFilter(String status, String type, String consumer, Instant from, Instant to, String error) {

    /** Whether it names anything beyond the status: a bulk replay or discard needs that, so none is done by accident. */
    public boolean narrows() {
        return type != null || consumer != null || from != null || to != null || error != null;
    }

    DeadLetterFilter pending() {
        return new DeadLetterFilter(DeadLetterEntry.PENDING, type, consumer, from, to, error);
    }

    /** {@code error} as a LIKE pattern: its own {@code %}, {@code _} and {@code \} taken literally. */
    String errorPattern() {
        String escaped = error.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
