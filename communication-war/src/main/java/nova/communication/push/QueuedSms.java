package nova.communication.push;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One text to send ({@code sms_queue}): {@code pending → sending → sent | failed}. A claimed text holds a lease; a
 * server killed while sending leaves it {@code sending}, and the next claim after the lease takes it again.
 */
@Entity
@Table(name = "sms_queue")
public class QueuedSms {

    static final String PENDING = "pending";
    static final String SENDING = "sending";
    static final String SENT = "sent";
    static final String FAILED = "failed";

    @Id
    private UUID id;

    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "phone_number", nullable = false)
    private String phoneNumber;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private String status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected QueuedSms() {
    }

    static QueuedSms pending(UUID userId, String phoneNumber, String body, Instant now) {
        QueuedSms sms = new QueuedSms();
        sms.id = UUID.randomUUID();
        sms.userId = userId;
        sms.phoneNumber = phoneNumber;
        sms.body = body;
        sms.status = PENDING;
        sms.nextAttemptAt = now;
        sms.createdAt = now;
        return sms;
    }

    void claim(Instant now, Duration lease) {
        status = SENDING;
        attempts++;
        leaseUntil = now.plus(lease);
    }

    void sent(Instant now) {
        status = SENT;
        sentAt = now;
        leaseUntil = null;
        body = "";  // the text is personal: not kept once out
    }

    /** Pending again after {@code backoff × 2^(attempts-1)}, or failed for good; returns whether failed. */
    boolean attemptFailed(String error, int maxAttempts, Duration backoff, Instant now) {
        lastError = error;
        leaseUntil = null;
        if (attempts >= maxAttempts) {
            status = FAILED;
            return true;
        }
        status = PENDING;
        nextAttemptAt = now.plus(backoff.multipliedBy(1L << Math.min(attempts - 1, 16)));
        return false;
    }

    UUID id() {
        return id;
    }

    String status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    DeliveryProvider.Destination destination() {
        return new DeliveryProvider.Destination(phoneNumber, null, null);
    }

    String body() {
        return body;
    }
}
