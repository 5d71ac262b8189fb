package nova.communication.push;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import nova.platform.scheduling.RepeatingTask;
import nova.platform.scheduling.RepeatingWork;
import nova.communication.push.DeliveryProvider.DeliveryResult;
import nova.platform.persistence.ContextDatabase;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Works through the SMS queue on the managed scheduler when a text is queued (woken after the queuing transaction
 * commits, here or through the table's NOTIFY on another replica), when a retry or a lease falls due, and every
 * {@code nova.communication.sms.interval} (30 s) as a safety poll: each due text to the SMS provider; delivered → sent, try-later → retried with back-off, refused → failed. Logs name a text by its id.
 */
@ApplicationScoped
public class SmsLoop extends RepeatingWork {

    private static final Logger LOG = Logger.getLogger(SmsLoop.class.getName());

    @Inject
    ContextDatabase database;

    @Inject
    SmsQueue queue;

    @Inject
    Providers providers;

    @Inject
    @ConfigProperty(name = "nova.communication.sms.interval", defaultValue = "PT30S")
    Duration interval;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Override
    protected RepeatingTask schedule() {
        return database.isConfigured()
                ? RepeatingTask.draining(interval, scheduler, "The SMS queue", LOG, this::drain).wokenBy(SmsQueue.SIGNAL)
                : null;
    }

    /** Every due text to the provider, one after the other, until none is left or the server stops; then the next due. */
    private Optional<Instant> drain() {
        if (!database.tryMigrate()) {
            return Optional.empty();
        }
        Optional<SmsQueue.Claimed> claimed;
        while (!stopping() && (claimed = queue.claimNext()).isPresent()) {
            SmsQueue.Claimed sms = claimed.get();
            DeliveryResult result = providers.sms().deliver(sms.destination(), sms.body().getBytes(StandardCharsets.UTF_8));
            switch (result.outcome()) {
                case DELIVERED -> queue.sent(sms.id());
                case RETRY -> queue.attemptFailed(sms.id(), result.detail(), true);
                default -> {
                    queue.attemptFailed(sms.id(), result.detail(), false);
                    LOG.warning("SMS " + sms.id() + " failed: " + result.detail());
                }
            }
        }
        return queue.nextDue();
    }
}
