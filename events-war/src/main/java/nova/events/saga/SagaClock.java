package nova.events.saga;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Logger;
import nova.platform.scheduling.RepeatingTask;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code nova.events.saga.check} (default 10 s): each open saga with a step unanswered for longer than the
 * step timeout has it asked again, or marked stuck once its attempts are used up; one transaction per saga.
 */
@ApplicationScoped
public class SagaClock {

    private static final Logger LOG = Logger.getLogger(SagaClock.class.getName());

    @Inject
    Sagas sagas;

    @Inject
    @ConfigProperty(name = "nova.events.saga.check", defaultValue = "PT10S")
    Duration check;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private RepeatingTask task;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        task = RepeatingTask.every(check, scheduler, "Saga retries", LOG, this::round);
    }

    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        if (task != null) {
            task.stop();
        }
    }

    private void round() {
        for (UUID id : sagas.overdue()) {
            if (task.stopping()) {
                return;
            }
            sagas.retryOverdue(id);
        }
    }
}
