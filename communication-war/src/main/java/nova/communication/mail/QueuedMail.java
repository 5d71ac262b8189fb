package nova.communication.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One mail to send ({@code email_queue}): {@code queued → sending → sent | failed}. A claimed mail holds a lease;
 * a server killed while sending leaves it {@code sending} with a lease that runs out, and the next claim takes it
 * again (a mail may then go out twice, never zero times). A failed attempt is retried after a back-off that doubles,
 * until the attempts run out. The bodies are cleared once the mail is sent or failed: a token they hold does not
 * outlive its delivery here.
 */
@Entity
@Table(name = "email_queue")
public class QueuedMail {

    public static final String QUEUED = "queued";
    public static final String SENDING = "sending";
    public static final String SENT = "sent";
    public static final String FAILED = "failed";

    static final int ERROR_MAX = 500;

    @Id
    private UUID id;

    @Column(nullable = false)
    private String kind;

    @Column(name = "user_id")
    private UUID userId;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(name = "body_text")
    private String bodyText;

    @Column(name = "body_html")
    private String bodyHtml;

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

    protected QueuedMail() {
    }

    static QueuedMail queued(UUID id, UUID userId, String recipient, RenderedMail mail, Instant now) {
        QueuedMail queued = new QueuedMail();
        queued.id = id;
        queued.kind = mail.kind().stored();
        queued.userId = userId;
        queued.recipient = recipient;
        // a header: no line breaks or other control characters from a member's name
        queued.subject = mail.subject().replaceAll("\\p{Cntrl}", " ");
        queued.bodyText = mail.text();
        queued.bodyHtml = mail.html();
        queued.status = QUEUED;
        queued.nextAttemptAt = now;
        queued.createdAt = now;
        return queued;
    }

    /** A sender takes it for {@code lease}; this is attempt number {@link #attempts()}. */
    void claim(Instant now, Duration lease) {
        status = SENDING;
        attempts++;
        leaseUntil = now.plus(lease);
    }

    void sent(Instant now) {
        status = SENT;
        sentAt = now;
        leaseUntil = null;
        lastError = null;
        bodyText = null;
        bodyHtml = null;
    }

    /**
     * The attempt failed: queued again after {@code backoff × 2^(attempts-1)}, or failed for good when the attempts
     * are used up (the bodies cleared). Returns whether it failed for good.
     */
    boolean attemptFailed(String error, int maxAttempts, Duration backoff, Instant now) {
        lastError = error == null ? null : error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX);
        leaseUntil = null;
        if (attempts >= maxAttempts) {
            status = FAILED;
            bodyText = null;
            bodyHtml = null;
            return true;
        }
        status = QUEUED;
        nextAttemptAt = now.plus(backoff.multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1))));
        return false;
    }

    public UUID id() {
        return id;
    }

    public String status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    String recipient() {
        return recipient;
    }

    String subject() {
        return subject;
    }

    String bodyText() {
        return bodyText;
    }

    String bodyHtml() {
        return bodyHtml;
    }

    String kind() {
        return kind;
    }
}
