package nova.communication.push;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
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

    private ScheduledFuture<?> schedule;
    private volatile boolean stopping;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (!database.isConfigured()) {
            return;
        }
        schedule = scheduler.scheduleWithFixedDelay(this::run, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    void run() {
        try {
            if (stopping || !database.tryMigrate()) {
                return;
            }
            Optional<SmsQueue.Claimed> claimed;
            while (!stopping && (claimed = queue.claimNext()).isPresent()) {
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
        } catch (RuntimeException e) {
            if (!stopping) {
                LOG.log(Level.WARNING, "the SMS queue could not be worked through: {0}", e.toString());
            }
        }
    }
}
