package nova.communication.push;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nova.contracts.communication.SmsNumber;
import nova.platform.persistence.DatabaseTime;
import nova.platform.problem.Rejection;

/**
 * The phone numbers members gave for security notices, and the notices themselves: a text through the SMS queue
 * ({@link SmsQueue}, worked by {@link SmsLoop} through the configured provider) when a member with a number has their
 * password changed. Only security notices go by SMS: they are what a member must learn of even when someone else
 * holds their mailbox or session; likes and follows by SMS would be noise and cost.
 */
@ApplicationScoped
public class SmsNumbers {

    @PersistenceContext(unitName = "communication")
    EntityManager entityManager;

    @Inject
    SmsQueue queue;

    /** Sets (or replaces) the member's number; 400 for one not in E.164. */
    @Transactional
    public SmsNumber set(UUID userId, String phoneNumber) {
        String number = phoneNumber == null ? null : phoneNumber.strip();
        if (number == null || !SmsQueue.E164.matcher(number).matches()) {
            throw Rejection.invalidInput("phoneNumber", "must be an E.164 number, e.g. +4915112345678");
        }
        Instant now = DatabaseTime.now();
        StoredSmsNumber stored = entityManager.find(StoredSmsNumber.class, userId, LockModeType.PESSIMISTIC_WRITE);
        if (stored == null) {
            stored = StoredSmsNumber.of(userId, number, now);
            entityManager.persist(stored);
        } else {
            stored.change(number, now);
        }
        return stored.view();
    }

    public Optional<SmsNumber> find(UUID userId) {
        return Optional.ofNullable(entityManager.find(StoredSmsNumber.class, userId)).map(StoredSmsNumber::view);
    }

    /** Returns whether there was one. */
    @Transactional
    public boolean remove(UUID userId) {
        return entityManager.createQuery("DELETE FROM StoredSmsNumber s WHERE s.userId = :user")
                .setParameter("user", userId).executeUpdate() > 0;
    }

    /**
     * Queues the security notice for a changed password, in the caller's transaction (the identity consumer's inbox),
     * when the member gave a number; returns whether one was queued.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean passwordChanged(UUID userId, String resetLink) {
        StoredSmsNumber number = entityManager.find(StoredSmsNumber.class, userId);
        if (number == null) {
            return false;
        }
        queue.enqueue(userId, number.phoneNumber(),
                "Nova: the password of your account was just changed. Not you? Reset it now: " + resetLink);
        return true;
    }
}
