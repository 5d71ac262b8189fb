package nova.platform.events;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.eclipse.microprofile.reactive.messaging.spi.IncomingConnectorFactory;
import org.eclipse.microprofile.reactive.streams.operators.PublisherBuilder;
import org.eclipse.microprofile.reactive.streams.operators.ReactiveStreams;

/**
 * The event backbone's incoming connector, {@code nova-kafka}: a MicroProfile Reactive Messaging connector, so every
 * consumer is still an {@code @Incoming} channel configured by MicroProfile Config
 * ({@code mp.messaging.incoming.<channel>.connector=nova-kafka}, {@code topic}, and optionally {@code group.id} and
 * {@code unacked.limit}). Unlike Liberty's {@code liberty-kafka}, which gives every channel a Kafka consumer of its own,
 * the channels of one server that share a consumer group share one {@link SharedConsumer} (issue 23: an idle consumer
 * fetches and heart-beats all the time, and a server had up to nine). Channels share a group unless one names its own
 * (communication's per-instance {@code realtime}); the group's channels must agree on every Kafka setting.
 * <p>
 * Every other attribute of a channel (connector-wide: {@code mp.messaging.connector.nova-kafka.*}) is a Kafka consumer
 * setting. Keys are strings and values bytes ({@code Message<byte[]>}); {@code unwrap(ConsumerRecord.class)} gives the
 * record. The outbox relay's outgoing channel stays on {@code liberty-kafka}.
 */
@ApplicationScoped
@Connector(SharedKafkaConnector.NAME)
public class SharedKafkaConnector implements IncomingConnectorFactory {

    public static final String NAME = "nova-kafka";

    private static final Logger LOG = Logger.getLogger(SharedKafkaConnector.class.getName());
    /** What a channel says that is not a Kafka setting (Reactive Messaging's, or this connector's own). */
    private static final Set<String> CHANNEL_ATTRIBUTES = Set.of("connector", CHANNEL_NAME_ATTRIBUTE, "topic",
            "unacked.limit", ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
    /** A channel's unfinished records before its topic pauses, unless it says {@code unacked.limit}. */
    static final int DEFAULT_LIMIT = 500;
    /** Wake-ups end a poll when there is something to commit or resume, and stopping ends it: no timeout needed. */
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(Long.MAX_VALUE);
    private static final Duration RESTART_BACKOFF = Duration.ofSeconds(5);

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private final Map<String, SharedConsumer> groups = new ConcurrentHashMap<>();

    @Override
    public PublisherBuilder<Message<byte[]>> getPublisherBuilder(Config config) {
        String channel = config.getValue(CHANNEL_NAME_ATTRIBUTE, String.class);
        String topic = config.getOptionalValue("topic", String.class)
                .orElseThrow(() -> new IllegalArgumentException("channel " + channel + " names no topic"));
        int limit = config.getOptionalValue("unacked.limit", Integer.class).orElse(DEFAULT_LIMIT);
        Map<String, String> settings = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (!CHANNEL_ATTRIBUTES.contains(name)) {
                config.getOptionalValue(name, String.class).ifPresent(value -> settings.put(name, value));
            }
        }
        String group = settings.get(ConsumerConfig.GROUP_ID_CONFIG);
        if (group == null || group.isBlank()) {
            throw new IllegalArgumentException("channel " + channel + " has no group.id");
        }
        SharedConsumer consumer = groups.computeIfAbsent(group, g -> new SharedConsumer(g, settings,
                properties -> new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer()),
                threads, POLL_TIMEOUT, RESTART_BACKOFF));
        return ReactiveStreams.fromPublisher(consumer.open(channel, topic, limit, settings));
    }

    /** Stops every group's consumer side by side: each commits what is finished and leaves its group. */
    @PreDestroy
    void stop() {
        groups.values().forEach(SharedConsumer::stop);
        for (SharedConsumer consumer : groups.values()) {
            try {
                if (!consumer.awaitStopped(SharedConsumer.COMMIT_TIMEOUT.plus(SharedConsumer.CLOSE_TIMEOUT))) {
                    LOG.log(Level.WARNING, "a Kafka consumer had not stopped in time");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
