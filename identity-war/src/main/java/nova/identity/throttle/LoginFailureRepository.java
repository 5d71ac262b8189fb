package nova.identity.throttle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The failed-login counts ({@link LoginFailure}). Reads run in the caller's transaction or none; each write
 * joins the caller's transaction, or is one of its own when there is none.
 */
@ApplicationScoped
public class LoginFailureRepository {

    @PersistenceContext(unitName = "identity")
    EntityManager entityManager;

    /** The current windows of these keys; a key with no row has no failures. */
    public Map<LoginKey, FailureWindow> windowsOf(Collection<LoginKey> keys) {
        Map<LoginKey, FailureWindow> found = new HashMap<>();
        for (LoginKey key : keys) {
            LoginFailure row = entityManager.find(LoginFailure.class, new LoginFailure.Id(key));
            if (row != null) {
                found.put(key, row.window());
            }
        }
        return found;
    }

    /**
     * Counts one failure at {@code now} against each key, atomically ({@link FailureWindow#afterFailureAt} in
     * SQL: a window that has ended begins again at 1). Keys are written in the order given: callers give the
     * name before the address, so two transactions never wait for each other in a circle.
     * <p>
     * Native SQL, because JPA has no upsert: the first failure of a key must insert its row, every later one add
     * to it, and concurrent failures of one key (a password-guessing run sends them together) must all count.
     * Read-then-persist loses that race (two first failures both insert; one fails on the primary key and its
     * count is lost), and a pessimistic lock cannot hold a row that does not exist yet. {@code INSERT … ON
     * CONFLICT DO UPDATE} is one statement per key, atomic under concurrency, and one round trip instead of a
     * locked read and a write.
     */
    @Transactional
    public void recordFailure(List<LoginKey> keys, Instant now) {
        Instant ended = now.minus(FailureWindow.LENGTH);
        for (LoginKey key : keys) {
            entityManager.createNativeQuery("""
                            INSERT INTO login_failures AS f (kind, key, failures, window_started_at) VALUES (?1, ?2, 1, ?3)
                            ON CONFLICT (kind, key) DO UPDATE SET
                                failures = CASE WHEN f.window_started_at <= ?4 THEN 1 ELSE f.failures + 1 END,
                                window_started_at = CASE WHEN f.window_started_at <= ?4 THEN EXCLUDED.window_started_at
                                                         ELSE f.window_started_at END""")
                    .setParameter(1, key.kind().column())
                    .setParameter(2, key.hash())
                    .setParameter(3, now)
                    .setParameter(4, ended)
                    .executeUpdate();
        }
    }

    /** Forgets the failures counted against these keys. */
    @Transactional
    public void clear(Collection<LoginKey> keys) {
        for (LoginKey key : keys) {
            entityManager.createQuery("DELETE FROM LoginFailure f WHERE f.kind = :kind AND f.keyHash = :key")
                    .setParameter("kind", key.kind().column())
                    .setParameter("key", key.hash())
                    .executeUpdate();
        }
    }

    /** Deletes the rows whose window ended before {@code now}; returns how many. */
    @Transactional
    public int deleteEndedWindows(Instant now) {
        return entityManager.createQuery("DELETE FROM LoginFailure f WHERE f.windowStartedAt <= :ended")
                .setParameter("ended", now.minus(FailureWindow.LENGTH))
                .executeUpdate();
    }
}
