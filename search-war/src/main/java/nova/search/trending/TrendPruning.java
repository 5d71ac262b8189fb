package nova.search.trending;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import nova.platform.persistence.ContextDatabase;
import nova.platform.scheduling.RepeatingTask;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes trend buckets that have left the window, every {@code nova.search.trending.prune-interval}: the counters
 * stay about one window long (buckets per key at most window / bucket) however long the server runs.
 */
@ApplicationScoped
public class TrendPruning {

    private static final Logger LOG = Logger.getLogger(TrendPruning.class.getName());

    @Inject
    ContextDatabase database;

    @Inject
    TrendingCounters counters;

    @Inject
    @ConfigProperty(name = "nova.search.trending.prune-interval", defaultValue = "PT10M")
    Duration interval;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private RepeatingTask task;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (database.isConfigured()) {
            task = RepeatingTask.every(interval, scheduler, "Trend pruning", LOG, this::prune);
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

    private void prune() {
        if (!database.tryMigrate()) {
            return;
        }
        int pruned = counters.prune(Instant.now());
        if (pruned > 0) {
            LOG.log(Level.FINE, "{0} trend buckets left the window", pruned);
        }
    }
}
