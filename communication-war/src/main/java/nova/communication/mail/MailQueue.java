package nova.communication.mail;

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
import nova.communication.member.Member;
import nova.communication.member.Members;
import nova.platform.persistence.DatabaseTime;
import nova.platform.scheduling.DueTimes;
import nova.platform.scheduling.WorkSignals;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mail queue's states, each change in its own short transaction (nothing is held open while SMTP talks). A mail
 * is claimed with {@code FOR UPDATE SKIP LOCKED} (Hibernate's lock timeout -2), so servers sharing the database never
 * take one mail twice and never wait for each other.
 */
@ApplicationScoped
public class MailQueue {

    /** Hibernate's lock timeout that means SKIP LOCKED. */
    static final int SKIP_LOCKED = -2;
    /** Wakes the sending loop: the table, whose trigger NOTIFYs it, and the in-process signal of a queued mail. */
    static final String SIGNAL = "email_queue";

    @PersistenceContext(unitName = "communication")
    EntityManager entityManager;

    @Inject
    WorkSignals signals;

    @Inject
    Members members;

    @Inject
    @ConfigProperty(name = "nova.mail.sender.lease", defaultValue = "PT1M")
    Duration lease;

    @Inject
    @ConfigProperty(name = "nova.mail.sender.max-attempts", defaultValue = "5")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "nova.mail.sender.backoff", defaultValue = "PT2S")
    Duration backoff;

    /** A claimed mail: what the transport needs, and which attempt this is. Never log it whole. */
    public record Claimed(UUID id, String recipient, String subject, String text, String html, int attempt) {

        @Override
        public String toString() {
            return "Claimed[id=" + id + ", attempt=" + attempt + "]";
        }
    }

    /**
     * Queues {@code mail} to {@code recipient} in the caller's transaction, unless the member turned this kind of
     * mail off (security mail and the welcome are always sent). Returns the queued mail's id, or empty.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> enqueue(UUID userId, String recipient, RenderedMail mail) {
        if (recipient == null || recipient.isBlank()) {
            return Optional.empty();
        }
        if (mail.kind().preference() != null && userId != null) {
            Optional<Member> member = members.find(userId);
            if (member.isEmpty() || member.get().isDeleted() || !member.get().wantsEmail(mail.kind().preference())) {
                return Optional.empty();
            }
        }
        UUID id = UUID.randomUUID();
        entityManager.persist(QueuedMail.queued(id, userId, recipient.strip(), mail, DatabaseTime.now()));
        signals.queued(SIGNAL);
        return Optional.of(id);
    }

    /** When the next mail falls due: a queued one's next attempt, or a claimed one's lease running out. */
    @Transactional
    public Optional<Instant> nextDue() {
        return DueTimes.earliest(
                query -> entityManager.createQuery(query, Instant.class).setMaxResults(1).getResultList(),
                "SELECT x.nextAttemptAt FROM QueuedMail x WHERE x.status = 'queued' ORDER BY x.nextAttemptAt",
                "SELECT x.leaseUntil FROM QueuedMail x WHERE x.status = 'sending' ORDER BY x.leaseUntil");
    }

    /** The next due mail, claimed for this sender; empty when none is due (or all due ones are being claimed). */
    @Transactional
    public Optional<Claimed> claimNext() {
        Instant now = DatabaseTime.now();
        List<QueuedMail> due = entityManager.createQuery("""
                        SELECT m FROM QueuedMail m
                        WHERE (m.status = 'queued' AND m.nextAttemptAt <= :now)
                           OR (m.status = 'sending' AND m.leaseUntil < :now)
                        ORDER BY m.nextAttemptAt""", QueuedMail.class)
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .setMaxResults(1)
                .getResultList();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        QueuedMail mail = due.get(0);
        mail.claim(now, lease);
        return Optional.of(new Claimed(mail.id(), mail.recipient(), mail.subject(), mail.bodyText(), mail.bodyHtml(),
                mail.attempts()));
    }

    @Transactional
    public void sent(UUID id) {
        QueuedMail mail = entityManager.find(QueuedMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail != null && QueuedMail.SENDING.equals(mail.status())) {
            mail.sent(DatabaseTime.now());
        }
    }

    /** The attempt failed: retried later, or failed for good. Returns whether it failed for good. */
    @Transactional
    public boolean attemptFailed(UUID id, String error) {
        QueuedMail mail = entityManager.find(QueuedMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || !QueuedMail.SENDING.equals(mail.status())) {
            return false;
        }
        return mail.attemptFailed(error, maxAttempts, backoff, DatabaseTime.now());
    }
}
