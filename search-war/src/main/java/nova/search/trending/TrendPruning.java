package nova.search.trending;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import nova.platform.persistence.ContextDatabase;
import nova.platform.scheduling.RepeatingTask;
import nova.platform.scheduling.RepeatingWork;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes trend buckets that have left the window, every {@code nova.search.trending.prune-interval}: the counters
 * stay about one window long (buckets per key at most window / bucket) however long the server runs.
 */
@ApplicationScoped
public class TrendPruning extends RepeatingWork {

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

    @Override
    protected RepeatingTask schedule() {
        return database.isConfigured() ? RepeatingTask.every(interval, scheduler, "Trend pruning", LOG, this::prune) : null;
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
