package nova.events.saga;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Logger;
import nova.platform.scheduling.RepeatingTask;
import nova.platform.scheduling.RepeatingWork;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code nova.events.saga.check} (default 10 s): each open saga with a step unanswered for longer than the
 * step timeout has it asked again, or marked stuck once its attempts are used up; one transaction per saga.
 */
@ApplicationScoped
public class SagaClock extends RepeatingWork {

    private static final Logger LOG = Logger.getLogger(SagaClock.class.getName());

    @Inject
    Sagas sagas;

    @Inject
    @ConfigProperty(name = "nova.events.saga.check", defaultValue = "PT10S")
    Duration check;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Override
    protected RepeatingTask schedule() {
        return RepeatingTask.every(check, scheduler, "Saga retries", LOG, this::round);
    }

    private void round() {
        for (UUID id : sagas.overdue()) {
            if (stopping()) {
                return;
            }
            sagas.retryOverdue(id);
        }
    }
}
