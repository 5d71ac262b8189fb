package nova.testsupport;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import nova.platform.events.CloudEvent;

/**
 * The broker as a test plays a producer on it: events sent as the outbox relay sends them (structured
 * CloudEvents JSON, key = the aggregate id, {@code acks=all}), and topics of a test's own.
 */
public final class Topics {

    private Topics() {
    }

    /** Sends each event to {@code topic}, keyed by its subject, and waits for the broker's acks. */
    public static void send(String topic, CloudEvent... events) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Local.kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new ByteArraySerializer())) {
            for (CloudEvent event : events) {
                producer.send(new ProducerRecord<>(topic, event.subject(), event.toBytes())).get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send to " + topic + ": " + e, e);
        }
    }

    /** A new topic no other test or run uses: {@code prefix.<8 hex digits>}, 3 partitions. */
    public static String create(String prefix) {
        String topic = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Local.kafkaBootstrap()))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not create topic " + topic + ": " + e, e);
        }
        return topic;
    }

    /**
     * Creates one of Nova's own topics if the running broker does not have it yet (a broker started before the
     * topic was added to tools' CreateTopics), with the launcher's 6 partitions.
     */
    public static void ensure(String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Local.kafkaBootstrap()))) {
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                throw new IllegalStateException("could not create topic " + topic + ": " + e, e);
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("could not create topic " + topic + ": " + e, e);
        }
    }

    /** Deletes a topic of the test's own ({@link #create}) when it is done with it. */
    public static void delete(String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Local.kafkaBootstrap()))) {
            admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not delete topic " + topic + ": " + e, e);
        }
    }
}
