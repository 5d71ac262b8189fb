package nova.communication.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nova.platform.persistence.DatabaseTime;
import nova.platform.scheduling.DueTimes;
import nova.platform.scheduling.WorkSignals;
import nova.platform.problem.Rejection;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMS queue's states, each change in its own short transaction (nothing held open while the provider talks). A
 * text is claimed with {@code FOR UPDATE SKIP LOCKED} (Hibernate's lock timeout -2), as the mail queue does, so
 * replicas never take one text twice.
 */
@ApplicationScoped
public class SmsQueue {

    static final int SKIP_LOCKED = -2;
    /** Wakes the SMS loop: the table, whose trigger NOTIFYs it, and the in-process signal of a queued text. */
    static final String SIGNAL = "sms_queue";
    static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    static final int MAX_BODY = 1600;

    @PersistenceContext(unitName = "communication")
    EntityManager entityManager;

    @Inject
    WorkSignals signals;

    @Inject
    @ConfigProperty(name = "nova.communication.sms.lease", defaultValue = "PT1M")
    Duration lease;

    @Inject
    @ConfigProperty(name = "nova.communication.sms.max-attempts", defaultValue = "5")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "nova.communication.sms.backoff", defaultValue = "PT5S")
    Duration backoff;

    /** A claimed text: what the provider needs. Never log it whole. */
    public record Claimed(UUID id, DeliveryProvider.Destination destination, String body, int attempt) {

        @Override
        public String toString() {
            return "Claimed[id=" + id + ", attempt=" + attempt + "]";
        }
    }

    /** Queues a text in the caller's transaction (or its own); 400 for a number not in E.164 or a bad length. */
    @Transactional
    public UUID enqueue(UUID userId, String phoneNumber, String body) {
        if (phoneNumber == null || !E164.matcher(phoneNumber).matches()) {
            throw Rejection.invalidInput("phoneNumber", "must be an E.164 number, e.g. +4915112345678");
        }
        if (body == null || body.isEmpty() || body.length() > MAX_BODY) {
            throw Rejection.invalidInput("body", "must be 1 to " + MAX_BODY + " characters");
        }
        QueuedSms sms = QueuedSms.pending(userId, phoneNumber, body, DatabaseTime.now());
        entityManager.persist(sms);
        signals.queued(SIGNAL);
        return sms.id();
    }

    /** When the next text falls due: a pending one's next attempt, or a claimed one's lease running out. */
    @Transactional
    public Optional<Instant> nextDue() {
        return DueTimes.earliest(
                query -> entityManager.createQuery(query, Instant.class).setMaxResults(1).getResultList(),
                "SELECT x.nextAttemptAt FROM QueuedSms x WHERE x.status = 'pending' ORDER BY x.nextAttemptAt",
                "SELECT x.leaseUntil FROM QueuedSms x WHERE x.status = 'sending' ORDER BY x.leaseUntil");
    }

    @Transactional
    public Optional<Claimed> claimNext() {
        Instant now = DatabaseTime.now();
        List<QueuedSms> due = entityManager.createQuery("""
                        SELECT s FROM QueuedSms s
                        WHERE (s.status = 'pending' AND s.nextAttemptAt <= :now)
                           OR (s.status = 'sending' AND s.leaseUntil < :now)
                        ORDER BY s.nextAttemptAt""", QueuedSms.class)
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .setMaxResults(1)
                .getResultList();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        QueuedSms sms = due.get(0);
        sms.claim(now, lease);
        return Optional.of(new Claimed(sms.id(), sms.destination(), sms.body(), sms.attempts()));
    }

    @Transactional
    public void sent(UUID id) {
        QueuedSms sms = entityManager.find(QueuedSms.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (sms != null && QueuedSms.SENDING.equals(sms.status())) {
            sms.sent(DatabaseTime.now());
        }
    }

    /** Returns whether the text failed for good. */
    @Transactional
    public boolean attemptFailed(UUID id, String error, boolean retryable) {
        QueuedSms sms = entityManager.find(QueuedSms.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (sms == null || !QueuedSms.SENDING.equals(sms.status())) {
            return false;
        }
        return sms.attemptFailed(error, retryable ? maxAttempts : 0, backoff, DatabaseTime.now());
    }

    /** The text's status, for tests and operators. */
    @Transactional
    public Optional<String> status(UUID id) {
        return Optional.ofNullable(entityManager.find(QueuedSms.class, id)).map(QueuedSms::status);
    }
}
