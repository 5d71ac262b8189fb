package nova.platform.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Instants as PostgreSQL's {@code timestamptz} keeps them: to the microsecond. An instant at this
 * precision reads back from the database equal to itself, so what a service answers or publishes is
 * exactly what it stored, and comparisons with stored instants hold.
 */
public final class DatabaseTime {

    private DatabaseTime() {
    }

    /** The current instant, at the database's precision. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** {@code instant} as the database will keep it. */
    public static Instant of(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
