package nova.identity.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The failed logins counted against one login name or one address: how many, in the window that began with
 * the first of them. A window lasts one hour; the first failure after it ends begins a new one.
 * <p>
 * A fixed window, one row per name or address however many attempts come: within a window at most
 * {@code limit} failures are let through, so the long-run rate never exceeds {@code limit} an hour. Across
 * the end of one window and the start of the next, up to twice the limit can fall within sixty minutes;
 * counting that exactly would mean keeping every failure.
 * <p>
 * {@link LoginFailureRepository#recordFailure} applies {@link #afterFailureAt} in SQL, atomically; this is the
 * same rule in Java, for the checks and the tests.
 */
public record FailureWindow(int failures, Instant startedAt) {

    public static final Duration LENGTH = Duration.ofHours(1);

    /** The window a first failure at {@code now} begins. */
    public static FailureWindow first(Instant now) {
        return new FailureWindow(1, now);
    }

    /** Whether the window is over at {@code now}: its failures count no more. */
    public boolean hasEndedAt(Instant now) {
        return !now.isBefore(endsAt());
    }

    public Instant endsAt() {
        return startedAt.plus(LENGTH);
    }

    /** The window after one more failure at {@code now}: counted in this one, or the first of a new one. */
    public FailureWindow afterFailureAt(Instant now) {
        return hasEndedAt(now) ? first(now) : new FailureWindow(failures + 1, startedAt);
    }

    /**
     * How long attempts must wait at {@code now}: until the window ends once {@code limit} failures are in it;
     * empty when they may go ahead.
     */
    public Optional<Duration> waitAt(Instant now, int limit) {
        if (hasEndedAt(now) || failures < limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, endsAt()));
    }

    /** A wait as {@code Retry-After} says it: whole seconds, rounded up, at least one. */
    public static long retryAfterSeconds(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
