package nova.communication.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nova.communication.push.DeliveryProvider.DeliveryResult;
import nova.platform.persistence.DatabaseTime;
import nova.platform.scheduling.DueTimes;
import nova.platform.scheduling.WorkSignals;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Web Push queue's states, each change in its own short transaction: nothing is held open while the push service
 * is asked. Written by {@link PushDispatch} in the consumer's inbox transaction, worked by {@link PushLoop}. A push is
 * claimed with {@code FOR UPDATE SKIP LOCKED} (Hibernate's lock timeout -2), so replicas never take one push twice.
 */
@ApplicationScoped
public class PushQueue {

    static final int SKIP_LOCKED = -2;
    /** Wakes the push loop: the table, whose trigger NOTIFYs it, and the in-process signal of a queued push. */
    static final String SIGNAL = "push_queue";

    @PersistenceContext(unitName = "communication")
    EntityManager entityManager;

    @Inject
    WorkSignals signals;

    @Inject
    @ConfigProperty(name = "nova.communication.push.lease", defaultValue = "PT1M")
    Duration lease;

    @Inject
    @ConfigProperty(name = "nova.communication.push.max-attempts", defaultValue = "5")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "nova.communication.push.backoff", defaultValue = "PT2S")
    Duration backoff;

    /** A claimed push: the subscription to send to and the clear payload. Never log it whole. */
    public record Claimed(UUID id, UUID tokenId, DeliveryProvider.Destination destination, byte[] payload, int attempt) {

        @Override
        public String toString() {
            return "Claimed[id=" + id + ", attempt=" + attempt + "]";
        }
    }

    /** Queues one push per subscription of the token's member, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(StoredPushToken token, byte[] payload) {
        entityManager.persist(QueuedPush.pending(token.id(), token.userId(),
                new String(payload, StandardCharsets.UTF_8), DatabaseTime.now()));
        signals.queued(SIGNAL);
    }

    /** When the next push falls due: a pending one's next attempt, or a claimed one's lease running out. */
    @Transactional
    public Optional<Instant> nextDue() {
        return DueTimes.earliest(
                query -> entityManager.createQuery(query, Instant.class).setMaxResults(1).getResultList(),
                "SELECT x.nextAttemptAt FROM QueuedPush x WHERE x.status = 'pending' ORDER BY x.nextAttemptAt",
                "SELECT x.leaseUntil FROM QueuedPush x WHERE x.status = 'sending' ORDER BY x.leaseUntil");
    }

    /**
     * The next due push with its subscription, or none. A push whose subscription moved to another member since it
     * was queued is failed here without being sent (it was written for the one before).
     */
    @Transactional
    public Optional<Claimed> claimNext() {
        Instant now = DatabaseTime.now();
        while (true) {
            List<QueuedPush> due = entityManager.createQuery("""
                            SELECT p FROM QueuedPush p
                            WHERE (p.status = 'pending' AND p.nextAttemptAt <= :now)
                               OR (p.status = 'sending' AND p.leaseUntil < :now)
                            ORDER BY p.nextAttemptAt""", QueuedPush.class)
                    .setParameter("now", now)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                    .setMaxResults(1)
                    .getResultList();
            if (due.isEmpty()) {
                return Optional.empty();
            }
            QueuedPush push = due.get(0);
            push.claim(now, lease);
            StoredPushToken token = entityManager.find(StoredPushToken.class, push.tokenId());
            if (token == null || !token.userId().equals(push.userId())) {
                push.attemptFailed(0, "the subscription moved to another member", false, maxAttempts, backoff, now);
                continue;
            }
            return Optional.of(new Claimed(push.id(), token.id(), token.destination(),
                    push.payload().getBytes(StandardCharsets.UTF_8), push.attempts()));
        }
    }

    /**
     * What the push service answered for a claimed push: accepted → sent and the subscription stamped; gone → the
     * subscription deleted (its queued pushes with it); try-later → pending after back-off, or failed after the
     * last attempt; refused → failed. Returns the push's status afterwards ({@code gone} when deleted).
     */
    @Transactional
    public String settle(Claimed claimed, DeliveryResult result) {
        QueuedPush push = entityManager.find(QueuedPush.class, claimed.id(), LockModeType.PESSIMISTIC_WRITE);
        if (push == null || !QueuedPush.SENDING.equals(push.status())) {
            return push == null ? "gone" : push.status(); // its subscription was removed meanwhile, or lease lost
        }
        Instant now = DatabaseTime.now();
        switch (result.outcome()) {
            case DELIVERED -> {
                push.sent(result.status(), now);
                StoredPushToken token = entityManager.find(StoredPushToken.class, claimed.tokenId());
                if (token != null) {
                    token.used(now);
                }
            }
            case GONE -> {
                StoredPushToken token = entityManager.find(StoredPushToken.class, claimed.tokenId());
                if (token != null) {
                    entityManager.remove(token);
                    entityManager.flush();
                }
                entityManager.createQuery("DELETE FROM QueuedPush p WHERE p.tokenId = :token")
                        .setParameter("token", claimed.tokenId()).executeUpdate();
                return "gone";
            }
            case RETRY -> push.attemptFailed(result.status(), result.detail(), true, maxAttempts, backoff, now);
            default -> push.attemptFailed(result.status(), result.detail(), false, maxAttempts, backoff, now);
        }
        return push.status();
    }
}
