package nova.communication.push;

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
import java.util.logging.Logger;
import nova.communication.push.DeliveryProvider.DeliveryResult;
import nova.platform.persistence.ContextDatabase;
import nova.platform.scheduling.RepeatingTask;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Works through the Web Push queue on the managed scheduler every {@code nova.communication.push.interval}: each due
 * push to the push service, outside any transaction, then its outcome in a short one ({@link PushQueue#settle}).
 * Logs name a push by its id and an outcome by its HTTP status: never an endpoint or a payload.
 */
@ApplicationScoped
public class PushLoop {

    private static final Logger LOG = Logger.getLogger(PushLoop.class.getName());

    @Inject
    ContextDatabase database;

    @Inject
    PushQueue queue;

    @Inject
    Providers providers;

    @Inject
    @ConfigProperty(name = "nova.communication.push.interval", defaultValue = "PT1S")
    Duration interval;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private RepeatingTask task;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (database.isConfigured() && providers.webPush().isPresent()) {
            task = RepeatingTask.every(interval, scheduler, "The push queue", LOG, this::drain,
                    e -> e.getClass().getName());
        }
    }

    /** Every due push, one after the other, until none is left or the server stops. */
    private void drain() {
        if (!database.tryMigrate()) {
            return;
        }
        Optional<PushQueue.Claimed> claimed;
        while (!task.stopping() && (claimed = queue.claimNext()).isPresent()) {
            PushQueue.Claimed push = claimed.get();
            DeliveryResult result = providers.webPush().orElseThrow().deliver(push.destination(), push.payload());
            String status = queue.settle(push, result);
            if ("failed".equals(status)) {
                LOG.warning("Push " + push.id() + " failed after attempt " + push.attempt() + ": HTTP " + result.status());
            } else if ("pending".equals(status)) {
                LOG.fine(() -> "Push " + push.id() + " retried later (attempt " + push.attempt() + "): HTTP " + result.status());
            }
        }
    }

    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        stop();
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.stop();
        }
    }
}
