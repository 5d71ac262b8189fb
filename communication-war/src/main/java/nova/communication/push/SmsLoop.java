package nova.communication.push;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import nova.platform.scheduling.RepeatingTask;
import nova.communication.push.DeliveryProvider.DeliveryResult;
import nova.platform.persistence.ContextDatabase;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Works through the SMS queue on the managed scheduler every {@code nova.communication.sms.interval}: each due text to
 * the SMS provider; delivered → sent, try-later → retried with back-off, refused → failed. Logs name a text by its id.
 */
@ApplicationScoped
public class SmsLoop {

    private static final Logger LOG = Logger.getLogger(SmsLoop.class.getName());

    @Inject
    ContextDatabase database;

    @Inject
    SmsQueue queue;

    @Inject
    Providers providers;

    @Inject
    @ConfigProperty(name = "nova.communication.sms.interval", defaultValue = "PT5S")
    Duration interval;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private RepeatingTask task;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (database.isConfigured()) {
            task = RepeatingTask.every(interval, scheduler, "The SMS queue", LOG, this::drain);
        }
    }

    // stopped before the application's beans and persistence unit go, as RepeatingTask asks (PushLoop, SendingLoop)
    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        stop();
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.stop();
        }
    }

    /** Every due text to the provider, one after the other, until none is left or the server stops. */
    private void drain() {
        if (!database.tryMigrate()) {
            return;
        }
        Optional<SmsQueue.Claimed> claimed;
        while (!task.stopping() && (claimed = queue.claimNext()).isPresent()) {
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
    }
}
