package nova.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The revoked sessions one server knows of, in memory, each until it expires, kept up to date from
 * the context's {@code revoked_sessions} table. Pure apart from the {@link Store} it is given: time is
 * passed in, so the rules are tested without a database.
 * <p>
 * Reading the table happens on a request thread that finds the copy older than the interval, one
 * thread at a time; the others go on with the copy they have. The first read takes every unexpired
 * row; later reads take the rows recorded since the newest one seen, minus an overlap, because a
 * row's {@code recorded_at} is written before its transaction commits and a slow commit could
 * otherwise fall behind the mark. The database's clock sets the mark, the server's clock expiry.
 */
final class RevocationCache {

    private static final Logger LOG = Logger.getLogger(RevocationCache.class.getName());

    /** One row of {@code revoked_sessions}. */
    record Revocation(UUID sessionId, Instant expiresAt, Instant recordedAt) {
    }

    /** Where the rows are. */
    interface Store {
        /** Unexpired rows recorded after {@code after}; every unexpired row when it is null. */
        List<Revocation> recordedAfter(Instant after) throws Exception;

        /** Deletes expired rows; returns how many. */
        int deleteExpired() throws Exception;
    }

    private final Store store;
    private final Duration interval;
    private final Duration overlap;
    private final Duration cleanupInterval;
    private final Map<UUID, Instant> denied = new ConcurrentHashMap<>();
    private final ReentrantLock loading = new ReentrantLock();
    private volatile Instant nextLoad = Instant.MIN;
    private Instant nextCleanup = Instant.MIN;
    private Instant mark;
    private volatile boolean loadedOnce;

    RevocationCache(Store store, Duration interval, Duration overlap, Duration cleanupInterval) {
        this.store = store;
        this.interval = interval;
        this.overlap = overlap;
        this.cleanupInterval = cleanupInterval;
    }

    /** Whether tokens of this session must be refused at {@code now}; reads the table first if the copy is due. */
    boolean isRevoked(UUID sessionId, Instant now) {
        refreshIfDue(now);
        Instant expiresAt = denied.get(sessionId);
        return expiresAt != null && now.isBefore(expiresAt);
    }

    /** Refuses the session's tokens on this server from now until {@code expiresAt}. */
    void remember(UUID sessionId, Instant expiresAt) {
        denied.merge(sessionId, expiresAt, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Whether the table has been read at least once (until then only what this server recorded is known). */
    boolean loadedOnce() {
        return loadedOnce;
    }

    int size() {
        return denied.size();
    }

    void refreshIfDue(Instant now) {
        if (now.isBefore(nextLoad) || !loading.tryLock()) {
            return;
        }
        try {
            if (now.isBefore(nextLoad)) {
                return;
            }
            // set before reading: a database that is away is asked again after the interval, not by every request
            nextLoad = now.plus(interval);
            for (Revocation row : store.recordedAfter(mark == null ? null : mark.minus(overlap))) {
                remember(row.sessionId(), row.expiresAt());
                if (mark == null || row.recordedAt().isAfter(mark)) {
                    mark = row.recordedAt();
                }
            }
            loadedOnce = true;
            denied.values().removeIf(expiresAt -> !now.isBefore(expiresAt));
            if (!now.isBefore(nextCleanup)) {
                nextCleanup = now.plus(cleanupInterval);
                store.deleteExpired();
            }
        } catch (Exception e) {
            // keep what we know; tokens live minutes, and the next read catches up
            LOG.log(loadedOnce ? Level.FINE : Level.WARNING, "Revoked sessions not readable yet: {0}", e.toString());
        } finally {
            loading.unlock();
        }
    }
}
