package nova.tools.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;

/**
 * Creates Nova's topics if they are missing and raises their partition count if it is lower
 * than asked; running it again changes nothing. One topic per publishing context, keyed by
 * aggregate id (events' saga requests and search's saga answers included), plus the dead-letter topic.
 *
 * <p>Usage: {@code CreateTopics <bootstrap> <partitions>}
 */
public final class CreateTopics {

    static final List<String> TOPICS = List.of(
            "nova.identity", "nova.user", "nova.content", "nova.social",
            "nova.media", "nova.communication", "nova.events", "nova.search", "nova.deadletter");

    private CreateTopics() {
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = args.length > 0 ? args[0] : "localhost:9092";
        int partitions = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000);
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : TOPICS) {
                if (!existing.contains(topic)) {
                    missing.add(new NewTopic(topic, partitions, (short) 1)
                            .configs(Map.of("min.insync.replicas", "1")));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
            }
            Map<String, TopicDescription> described = admin.describeTopics(TOPICS).allTopicNames().get(60, TimeUnit.SECONDS);
            for (TopicDescription topic : described.values()) {
                if (topic.partitions().size() < partitions) {
                    admin.createPartitions(Map.of(topic.name(), NewPartitions.increaseTo(partitions))).all().get();
                }
            }
            System.out.println("topics ready: " + String.join(", ", TOPICS) + " (" + partitions + " partitions)");
        } catch (ExecutionException e) {
            System.err.println("topic set-up failed: " + e.getCause());
            System.exit(1);
        }
    }
}
