package nova.identity.throttle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits failed logins per login name ({@code nova.login.max-failures-per-name}, 100 an hour) and per client
 * address ({@code nova.login.max-failures-per-ip}, 300 an hour: many people can share one address). Once
 * either limit is reached, every attempt for that name or from that address is refused with
 * {@link TooManyAttempts} until the window ends, even with the right password, and before any password is
 * hashed. Unknown names are counted exactly like known ones. A successful login clears its name's count
 * (not its address's).
 * <p>
 * Counts live in PostgreSQL, so every replica sees the same; each failure is written in its own short
 * transaction, which commits whatever becomes of the request. Requests already past the check when the
 * limit is reached still finish: the overshoot is bounded by how many are hashed at once.
 */
@ApplicationScoped
public class LoginThrottle {

    static final Duration SWEEP_EVERY = Duration.ofMinutes(10);

    @Inject
    LoginFailureRepository store;

    @Inject
    @ConfigProperty(name = "nova.login.max-failures-per-name", defaultValue = "100")
    int maxPerName;

    @Inject
    @ConfigProperty(name = "nova.login.max-failures-per-ip", defaultValue = "300")
    int maxPerAddress;

    private final AtomicReference<Instant> nextSweep = new AtomicReference<>(Instant.MIN);

    /**
     * One attempt that was let through: the keys it counts against (its login name and, when known, the
     * client's address), and whether its name has failures to clear should it succeed.
     */
    public record Attempt(List<LoginKey> keys, boolean nameHasFailures) {

        public Attempt {
            keys = List.copyOf(keys);
        }

        LoginKey name() {
            return keys.get(0);
        }
    }

    /**
     * What one attempt counts against: its login name and, when known, the client's address.
     *
     * @param name    the login name as typed (email or username), or the account's username for a password change
     * @param address the client's address ({@code ClientOrigin}), or null
     */
    public static List<LoginKey> keysOf(String name, String address) {
        List<LoginKey> keys = new ArrayList<>(2);
        keys.add(LoginKey.name(name));
        if (address != null && !address.isBlank()) {
            keys.add(LoginKey.address(address));
        }
        return List.copyOf(keys);
    }

    /**
     * Lets an attempt under {@code name} from {@code address} go ahead, or refuses it. Reads, writes nothing.
     *
     * @throws TooManyAttempts 429 with the seconds until every limit it is over frees
     */
    public Attempt admit(String name, String address, Instant now) {
        List<LoginKey> keys = keysOf(name, address);
        Map<LoginKey, FailureWindow> windows = store.windowsOf(keys);
        Optional<Duration> wait = waitFor(windows, now);
        if (wait.isPresent()) {
            throw new TooManyAttempts(FailureWindow.retryAfterSeconds(wait.get()));
        }
        FailureWindow nameWindow = windows.get(keys.get(0));
        return new Attempt(keys, nameWindow != null && !nameWindow.hasEndedAt(now));
    }

    /** How long the longest of the limits that hold must wait; empty when none holds. */
    Optional<Duration> waitFor(Map<LoginKey, FailureWindow> windows, Instant now) {
        Duration longest = null;
        for (Map.Entry<LoginKey, FailureWindow> entry : windows.entrySet()) {
            Optional<Duration> wait = entry.getValue().waitAt(now, limitOf(entry.getKey()));
            if (wait.isPresent() && (longest == null || wait.get().compareTo(longest) > 0)) {
                longest = wait.get();
            }
        }
        return Optional.ofNullable(longest);
    }

    int limitOf(LoginKey key) {
        return key.kind() == LoginKey.Kind.NAME ? maxPerName : maxPerAddress;
    }

    /** Counts a failed attempt against its keys, in a transaction of its own that commits at once. */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public void failed(Attempt attempt, Instant now) {
        store.recordFailure(attempt.keys(), now);
        Instant due = nextSweep.get();
        if (now.isAfter(due) && nextSweep.compareAndSet(due, now.plus(SWEEP_EVERY))) {
            store.deleteEndedWindows(now);
        }
    }

    /** A successful login clears its name's failures (if it has any: most logins write nothing here). */
    public void succeeded(Attempt attempt) {
        if (attempt.nameHasFailures()) {
            store.clear(List.of(attempt.name()));
        }
    }

    /**
     * Forgets the failures of these login names, in the caller's transaction: after a password reset, the
     * account's username and email.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void clearNames(List<String> names) {
        store.clear(names.stream().map(LoginKey::name).toList());
    }
}
