package nova.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;
import org.microshed.testing.kafka.KafkaConsumerClient;
import org.microshed.testing.kafka.KafkaProducerClient;

/**
 * The local broker is a real Kafka broker with Nova's topics (ARCHITECTURE §5). The producer and the consumer are
 * MicroShed Testing's, configured by their annotations ({@code org.microshed.kafka.bootstrap.servers}).
 * Public, as MicroShed injects its clients into public static fields of a public class.
 */
@MicroShedTest
public class KafkaRoundTripIT {

    @KafkaProducerClient(keySerializer = StringSerializer.class, valueSerializer = StringSerializer.class,
            properties = {"acks=all", "enable.idempotence=true"})
    public static KafkaProducer<String, String> producer;

    // subscribed below, to a topic of the test's own: the group has no offset there, so it starts at the beginning
    @KafkaConsumerClient(groupId = "nova.system-tests.round-trip", keyDeserializer = StringDeserializer.class,
            valueDeserializer = StringDeserializer.class, properties = "auto.offset.reset=earliest")
    public static KafkaConsumer<String, String> consumer;

    /** Leaves the group at once: the next run's consumer need not wait for this one's session to time out. */
    @AfterAll
    static void closeTheClients() {
        producer.close();
        consumer.close();
    }

    private static final List<String> TOPICS = List.of("nova.identity", "nova.user", "nova.content", "nova.social",
            "nova.media", "nova.communication", "nova.events", "nova.search", "nova.deadletter");

    @Test
    void everyContextTopicExistsWithSeveralPartitions() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Nova.kafkaBootstrap()))) {
            Map<String, TopicDescription> topics = admin.describeTopics(TOPICS).allTopicNames().get(30, TimeUnit.SECONDS);
            assertEquals(Set.copyOf(TOPICS), topics.keySet());
            topics.values().forEach(topic ->
                    assertTrue(topic.partitions().size() >= 3, topic.name() + " has " + topic.partitions().size()));
        }
    }

    @Test
    void recordProducedWithAcksAllIsConsumedBack() throws Exception {
        // a topic of its own: the contexts' topics carry only real events
        String topic = "nova.system-test." + UUID.randomUUID();
        String key = "aggregate-" + UUID.randomUUID();
        String value = "{\"hello\":\"" + UUID.randomUUID() + "\"}";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Nova.kafkaBootstrap()))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
            try {
                RecordMetadata sent = producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
                assertTrue(sent.offset() >= 0);

                List<ConsumerRecord<String, String>> received = new ArrayList<>();
                consumer.subscribe(List.of(topic));
                try {
                    await().atMost(Duration.ofSeconds(60)).until(() -> {
                        consumer.poll(Duration.ofMillis(500)).forEach(received::add);
                        return !received.isEmpty();
                    });
                } finally {
                    consumer.unsubscribe();
                }
                assertEquals(1, received.size());
                assertEquals(key, received.get(0).key());
                assertEquals(value, received.get(0).value());
                assertEquals(sent.partition(), received.get(0).partition());
            } finally {
                admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            }
        }
    }
}
