package nova.events.saga;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import nova.platform.scheduling.RepeatingTask;
import nova.platform.scheduling.RepeatingWork;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Asks again, or marks stuck, each open saga's step left unanswered for longer than the step timeout; one transaction
 * per saga. It sleeps until the next step runs out of time (the database says when), is woken when a saga starts or is
 * resumed on this server (after that transaction commits), and looks anyway every {@code nova.events.saga.check}
 * (default 5 min: what another replica started while this one's clock slept). An idle server's clock does not run
 * (it asked the database every 10 s before: issue 23).
 */
@ApplicationScoped
public class SagaClock extends RepeatingWork {

    private static final Logger LOG = Logger.getLogger(SagaClock.class.getName());

    @Inject
    Sagas sagas;

    @Inject
    @ConfigProperty(name = "nova.events.saga.check", defaultValue = "PT5M")
    Duration check;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Override
    protected RepeatingTask schedule() {
        return RepeatingTask.draining(check, scheduler, "Saga retries", LOG, this::round).wokenBy(Sagas.SIGNAL);
    }

    private Optional<Instant> round() {
        for (UUID id : sagas.overdue()) {
            if (stopping()) {
                return Optional.empty();
            }
            sagas.retryOverdue(id);
        }
        return sagas.nextDue();
    }
}
