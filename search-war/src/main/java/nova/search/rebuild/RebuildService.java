package nova.search.rebuild;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import nova.contracts.search.RebuildStatus;
import nova.platform.events.CloudEvent;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A rebuild, from its announcement to the swap (see the package). The catch-up repeats until the backlog left is
 * short, so the swap's transaction, during which live consumers wait, stays short too.
 */
@ApplicationScoped
public class RebuildService {

    private static final Logger LOG = Logger.getLogger(RebuildService.class.getName());

    @Inject
    RebuildSteps steps;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "nova.kafka.bootstrap")
    String bootstrap;

    @Inject
    @ConfigProperty(name = "mp.messaging.incoming.users.topic")
    String userTopic;

    @Inject
    @ConfigProperty(name = "mp.messaging.incoming.content.topic")
    String contentTopic;

    @Inject
    @ConfigProperty(name = "mp.messaging.incoming.social.topic")
    String socialTopic;

    /**
     * Topics replayed besides the three the consumers read; empty in production. For benchmarks only: a corpus
     * published there is in the log for a rebuild without the live consumers indexing it one event at a time
     * (nothing catches up events arriving there during a rebuild, as no live consumer reads it).
     */
    @Inject
    @ConfigProperty(name = "nova.search.rebuild.extra-topics")
    java.util.Optional<String> extraTopics;

    @Inject
    @ConfigProperty(name = "nova.search.rebuild.batch", defaultValue = "500")
    int batch;

    @Inject
    @ConfigProperty(name = "nova.search.rebuild.swap-backlog", defaultValue = "200")
    int swapBacklog;

    /** Whether this server runs a rebuild now (one the database calls building without it is abandoned). */
    private final AtomicBoolean running = new AtomicBoolean();

    /** Starts a rebuild and answers at once; it runs on a managed thread. */
    public RebuildStatus start() {
        if (!running.compareAndSet(false, true)) {
            throw new Rejection(Problem.of(409, "conflict", "A rebuild is running",
                    "One rebuild at a time; see /search/rebuilds/current."));
        }
        long generation;
        try {
            generation = steps.begin(true, Instant.now());
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        }
        try {
            executor.execute(() -> run(generation));
        } catch (RuntimeException e) {
            running.set(false);
            steps.fail(generation, "not started: " + e, Instant.now());
            throw e;
        }
        return current();
    }

    public RebuildStatus current() {
        return steps.current().orElse(null);
    }

    private void run(long generation) {
        Instant started = Instant.now();
        try {
            TopicReplay replay = new TopicReplay(bootstrap);
            // taken after the announcement committed: whatever lies beyond these offsets reaches the backlog
            List<String> topics = new ArrayList<>(List.of(userTopic, contentTopic, socialTopic));
            extraTopics.ifPresent(extra -> java.util.Arrays.stream(extra.split(",")).map(String::strip)
                    .filter(t -> !t.isEmpty()).forEach(topics::add));
            Map<String, Long> ends = replay.endOffsets(topics);
            steps.replayUpTo(generation, ends);
            replay.replay(ends, batch, records -> steps.replay(generation, events(records)));
            Instant replayed = Instant.now();
            long left = steps.catchUp(generation, batch);
            while (left > swapBacklog) {
                left = steps.catchUp(generation, batch);
            }
            long retired = steps.swap(generation, Instant.now());
            LOG.log(Level.INFO, "Search projection generation {0} serves (replay {1}, in all {2}); generation {3} retired",
                    new Object[] {generation, Duration.between(started, replayed), Duration.between(started, Instant.now()),
                            retired});
            steps.dropGeneration(retired);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search projection rebuild of generation " + generation + " failed", e);
            steps.fail(generation, e.toString(), Instant.now());
        } finally {
            running.set(false);
        }
    }

    private static List<CloudEvent> events(List<ConsumerRecord<String, byte[]>> records) {
        List<CloudEvent> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                events.add(CloudEvent.parse(record.value()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Rebuild: {0}/{1}/{2} is no CloudEvent, passed over", new Object[] {
                        record.topic(), record.partition(), record.offset()});
            }
        }
        return events;
    }
}
