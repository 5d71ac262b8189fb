package nova.social.feed;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import nova.platform.persistence.ContextDatabase;
import nova.platform.scheduling.RepeatingTask;
import nova.platform.scheduling.RepeatingWork;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps feeds at their cap, as the batched follow-up of fan-out the issue allows: a post's fan-out only inserts its
 * feed rows and leaves the post in {@code feed_counts_due}; a round here counts, for up to
 * {@link FeedEntries#COUNT_BATCH} such posts at once, the rows each member got ({@code accounts.feed_size}, one
 * update per member and round however many of the posts reached them) and cuts the feeds that went past
 * {@link FeedSettings#trimAt()} back to {@link FeedSettings#maxEntries()}. A round runs shortly after each fan-out
 * commits ({@link Due}) and every {@code nova.social.feed.trim-interval} (default 1 min; 5 s before issue 23) for what another replica or a
 * failed round left. Rounds take the posts with {@code FOR UPDATE SKIP LOCKED} and drop them in the transaction that
 * counts them, so replicas share the work and a post is counted once.
 */
@ApplicationScoped
public class FeedTrimmer extends RepeatingWork {

    private static final Logger LOG = Logger.getLogger(FeedTrimmer.class.getName());

    /** After a fan-out commits: a round soon, so several fan-outs in a burst share one. */
    static final Duration SOON = Duration.ofMillis(200);

    /** Fired by a fan-out that queued a post; observed once it commits. */
    public record Due() {
    }

    @Inject
    ContextDatabase database;

    @Inject
    FeedEntries feeds;

    @Inject
    @ConfigProperty(name = "nova.social.feed.trim-interval", defaultValue = "PT1M")
    Duration interval;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Override
    protected RepeatingTask schedule() {
        return database.isConfigured() ? RepeatingTask.every(interval, scheduler, "Feed trimming", LOG, this::round) : null;
    }

    void onDue(@Observes(during = TransactionPhase.AFTER_SUCCESS) Due due) {
        RepeatingTask running = task();
        if (running != null) {
            running.runAfter(SOON);
        }
    }

    private void round() {
        if (!database.tryMigrate()) {
            return;
        }
        RepeatingTask running = task();
        // a batch per transaction, until none is left (a burst of fan-outs is counted in a few rounds)
        while (feeds.countAndTrim() == FeedEntries.COUNT_BATCH && (running == null || !running.stopping())) {
            // next batch
        }
    }
}
