package nova.events.operator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nova.events.deadletter.DeadLetterFilter;
import nova.events.deadletter.DeadLetters;
import nova.events.log.EventLogQuery;
import nova.events.subscription.Subscription;
import nova.events.subscription.SubscriptionRegistry;

/**
 * The overview from what this context knows: the log's counts per topic (rates), the broker's consumer groups and
 * lag ({@link SubscriptionRegistry}: committed against end offsets through the admin client), the dead-letter store.
 * Topics are {@code nova.<context>} and groups {@code nova.<context>.<name>} (ARCHITECTURE §5), so each edge names
 * both ends; a group or topic named otherwise (a test's) is left out of the picture.
 */
@ApplicationScoped
public class OperatorOverview {

    static final Duration WINDOW = Duration.ofMinutes(5);
    /** The contexts, in the order ARCHITECTURE §3 lists their servers. */
    static final List<String> CONTEXTS = List.of("identity", "user", "content", "social", "media", "communication",
            "events", "search", "gateway");
    /** The contexts with a topic of their own (ARCHITECTURE §3). */
    static final List<String> PUBLISHERS = List.of("identity", "user", "content", "social", "media", "communication");

    @Inject
    EventLogQuery log;

    @Inject
    SubscriptionRegistry subscriptions;

    @Inject
    DeadLetters deadLetters;

    public Overview now() {
        Instant at = Instant.now();
        Map<String, Long> counts = log.countsByTopicSince(at.minus(WINDOW));
        List<TopicRate> topics = new ArrayList<>();
        for (String context : CONTEXTS) {
            String topic = "nova." + context;
            long events = counts.getOrDefault(topic, 0L);
            if (counts.containsKey(topic) || publishes(context)) {
                topics.add(new TopicRate(topic, context, events, perMinute(events)));
            }
        }
        List<Flow> flows = flows(subscriptions.current(), counts);
        long pending = deadLetters.count(new DeadLetterFilter("pending", null, null, null, null, null));
        return new Overview(at, WINDOW.toSeconds(), CONTEXTS, topics, flows, pending);
    }

    static List<Flow> flows(List<Subscription> subscriptions, Map<String, Long> counts) {
        List<Flow> flows = new ArrayList<>();
        for (Subscription subscription : subscriptions) {
            String from = contextOf(subscription.topic(), 1);
            String to = contextOf(subscription.consumerGroup(), 2);
            if (from == null || to == null) {
                continue;
            }
            flows.add(new Flow(from, to, subscription.topic(), subscription.consumerGroup(),
                    perMinute(counts.getOrDefault(subscription.topic(), 0L)), subscription.lag(), subscription.state()));
        }
        return flows;
    }

    /** {@code nova.<context>} (a topic, 1 part after it at most) or {@code nova.<context>.<name>…} (a group). */
    static String contextOf(String name, int minimumParts) {
        String[] parts = name.split("\\.");
        if (parts.length < minimumParts + 1 || !parts[0].equals("nova") || !CONTEXTS.contains(parts[1])) {
            return null;
        }
        if (minimumParts == 1 && parts.length != 2) {
            return null;
        }
        return parts[1];
    }

    private static boolean publishes(String context) {
        return PUBLISHERS.contains(context);
    }

    private static double perMinute(long events) {
        return Math.round(events * 10.0 / WINDOW.toMinutes()) / 10.0;
    }
}
