package nova.communication.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import nova.platform.persistence.ContextDatabase;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Works through the mail queue on the server's managed scheduler: every {@code nova.mail.sender.interval} it claims
 * due mails one at a time and sends each; a failure is retried with back-off, then the mail is failed. Log lines name
 * a mail by its id and an error by its kind: never an address, a subject or a body.
 */
@ApplicationScoped
public class SendingLoop {

    private static final Logger LOG = Logger.getLogger(SendingLoop.class.getName());
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"',;:()\\[\\]]+@[^\\s<>\"',;:()\\[\\]]+");

    @Inject
    ContextDatabase database;

    @Inject
    MailQueue queue;

    @Inject
    SmtpTransport transport;

    @Inject
    @ConfigProperty(name = "nova.mail.sender.interval", defaultValue = "PT1S")
    Duration interval;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> schedule;
    private volatile boolean failing;
    private volatile boolean stopping;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (!database.isConfigured()) {
            return;
        }
        schedule = scheduler.scheduleWithFixedDelay(this::runQuietly, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void runQuietly() {
        if (stopping) {
            return;
        }
        try {
            if (!database.tryMigrate()) {
                return;
            }
            while (!stopping) {
                Optional<MailQueue.Claimed> claimed = queue.claimNext();
                if (claimed.isEmpty()) {
                    break;
                }
                send(claimed.get());
            }
            if (failing) {
                LOG.info("The mail queue is worked through again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!stopping) {
                LOG.log(failing ? Level.FINE : Level.WARNING, "The mail queue is not worked through: {0}",
                        e.getClass().getName());
                failing = true;
            }
        }
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

    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        stop();
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
