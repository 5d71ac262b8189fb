package nova.communication.push;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import nova.communication.push.DeliveryProvider.DeliveryResult;
import nova.platform.persistence.ContextDatabase;
import nova.platform.scheduling.RepeatingTask;
import nova.platform.scheduling.RepeatingWork;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Works through the Web Push queue on the managed scheduler when a push is queued (woken after the queuing transaction
 * commits, here or through the table's NOTIFY on another replica), when a retry or a lease falls due, and every
 * {@code nova.communication.push.interval} (30 s) as a safety poll: each due push to the push service, outside any transaction, then its outcome in a short one ({@link PushQueue#settle}).
 * Logs name a push by its id and an outcome by its HTTP status: never an endpoint or a payload.
 */
@ApplicationScoped
public class PushLoop extends RepeatingWork {

    private static final Logger LOG = Logger.getLogger(PushLoop.class.getName());

    @Inject
    ContextDatabase database;

    @Inject
    PushQueue queue;

    @Inject
    Providers providers;

    @Inject
    @ConfigProperty(name = "nova.communication.push.interval", defaultValue = "PT30S")
    Duration interval;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Override
    protected RepeatingTask schedule() {
        if (!database.isConfigured() || providers.webPush().isEmpty()) {
            return null;
        }
        return RepeatingTask.draining(interval, scheduler, "The push queue", LOG, this::drain,
                e -> e.getClass().getName()).wokenBy(PushQueue.SIGNAL);
    }

    /** Every due push, one after the other, until none is left or the server stops; then when the next falls due. */
    private Optional<Instant> drain() {
        if (!database.tryMigrate()) {
            return Optional.empty();
        }
        Optional<PushQueue.Claimed> claimed;
        while (!stopping() && (claimed = queue.claimNext()).isPresent()) {
            PushQueue.Claimed push = claimed.get();
            DeliveryResult result = providers.webPush().orElseThrow().deliver(push.destination(), push.payload());
            String status = queue.settle(push, result);
            if ("failed".equals(status)) {
                LOG.warning("Push " + push.id() + " failed after attempt " + push.attempt() + ": HTTP " + result.status());
            } else if ("pending".equals(status)) {
                LOG.fine(() -> "Push " + push.id() + " retried later (attempt " + push.attempt() + "): HTTP " + result.status());
            }
        }
        return queue.nextDue();
    }
}
