package nova.communication.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import nova.platform.scheduling.RepeatingTask;
import nova.platform.scheduling.RepeatingWork;
import nova.platform.persistence.ContextDatabase;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Works through the mail queue on the server's managed scheduler: when a mail is queued (woken after the queuing
 * transaction commits, here or through the table's NOTIFY on another replica), when a retry or a lease falls due, and
 * every {@code nova.mail.sender.interval} (30 s) as a safety poll, it claims due mails one at a time and sends each; a failure is retried with back-off, then the mail is failed. Log lines name
 * a mail by its id and an error by its kind: never an address, a subject or a body.
 */
@ApplicationScoped
public class SendingLoop extends RepeatingWork {

    private static final Logger LOG = Logger.getLogger(SendingLoop.class.getName());
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"',;:()\\[\\]]+@[^\\s<>\"',;:()\\[\\]]+");

    @Inject
    ContextDatabase database;

    @Inject
    MailQueue queue;

    @Inject
    SmtpTransport transport;

    @Inject
    @ConfigProperty(name = "nova.mail.sender.interval", defaultValue = "PT30S")
    Duration interval;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Override
    protected RepeatingTask schedule() {
        if (!database.isConfigured()) {
            return null;
        }
        // an SMTP server's answer may name an address: a failing round is logged by its exception's kind only
        return RepeatingTask.draining(interval, scheduler, "The mail queue", LOG, this::drain,
                e -> e.getClass().getName()).wokenBy(MailQueue.SIGNAL);
    }

    /** Every due mail, one after the other, until none is left or the server stops; then when the next falls due. */
    private Optional<Instant> drain() {
        if (!database.tryMigrate()) {
            return Optional.empty();
        }
        while (!stopping()) {
            Optional<MailQueue.Claimed> claimed = queue.claimNext();
            if (claimed.isEmpty()) {
                break;
            }
            send(claimed.get());
        }
        return queue.nextDue();
    }

    void send(MailQueue.Claimed mail) {
        try {
            transport.send(mail);
            queue.sent(mail.id());
        } catch (Exception e) {
            boolean failed = queue.attemptFailed(mail.id(), describe(e));
            LOG.log(Level.WARNING, "Mail {0} not sent (attempt {1}{2}): {3}", new Object[] {mail.id(), mail.attempt(),
                    failed ? ", the last: failed" : ", retried later", e.getClass().getName()});
        }
    }

    /** What is stored as the last error: the exception's kind and message, any address in it blanked. */
    static String describe(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null && out.length() < QueuedMail.ERROR_MAX; t = t.getCause()) {
            if (!out.isEmpty()) {
                out.append(" / ");
            }
            out.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                out.append(": ").append(ADDRESS.matcher(t.getMessage()).replaceAll("<address>"));
            }
        }
        return out.toString();
    }
}
