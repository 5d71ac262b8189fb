package nova.testsupport;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nova.platform.events.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * "Await this event on that topic": reads every partition of a topic from its end at the time it is opened,
 * on its own thread, keeping what arrives. Not a consumer group: it sees every record, duplicates included,
 * and moves no one's offsets. Open it before the action whose events you await.
 */
public class TopicReader implements AutoCloseable {

    private final List<ConsumerRecord<String, byte[]>> records = Collections.synchronizedList(new ArrayList<>());
    private final Set<UUID> ids = ConcurrentHashMap.newKeySet();
    private final KafkaConsumer<String, byte[]> consumer;
    private final boolean owned;
    private final Thread thread;
    private volatile boolean open = true;

    public TopicReader(String topic) {
        this(ownConsumer(), topic, true);
    }

    /**
     * Reads {@code topic} with a consumer the caller holds, e.g. the one MicroShed Testing injects into a
     * {@code @KafkaConsumerClient} field: its subscription (if any, before it ever polled, so it never joined its
     * group) gives way to every partition of the topic from its end. Closing the reader stops the reading and
     * leaves the consumer to its holder, ready for the next reader.
     */
    public TopicReader(KafkaConsumer<String, byte[]> consumer, String topic) {
        this(consumer, topic, false);
    }

    private TopicReader(KafkaConsumer<String, byte[]> consumer, String topic, boolean owned) {
        this.consumer = consumer;
        this.owned = owned;
        if (!consumer.subscription().isEmpty()) {
            consumer.unsubscribe();
        }
        List<TopicPartition> partitions;
        try {
            partitions = partitionsOf(consumer, topic);
        } catch (WakeupException e) { // a wake-up the previous reader's thread left unconsumed: it is spent now
            partitions = partitionsOf(consumer, topic);
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fix the start before anything is written
        thread = new Thread(this::poll, "reader-" + topic);
        thread.start();
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<String, byte[]> consumer, String topic) {
        return consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    private static KafkaConsumer<String, byte[]> ownConsumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Local.kafkaBootstrap());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private void poll() {
        while (open) {
            try {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    records.add(record);
                    try {
                        ids.add(CloudEvent.parse(record.value()).id());
                    } catch (CloudEvent.MalformedEventException e) {
                        // not an event: kept in records, not in ids
                    }
                }
            } catch (WakeupException e) {
                return;
            }
        }
    }

    /** A copy of the records so far, in arrival order. */
    public List<ConsumerRecord<String, byte[]>> snapshot() {
        synchronized (records) {
            return new ArrayList<>(records);
        }
    }

    /** The events received so far, in arrival order (records that are not events left out). */
    public List<CloudEvent> events() {
        List<CloudEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : snapshot()) {
            try {
                events.add(CloudEvent.parse(r.value()));
            } catch (CloudEvent.MalformedEventException e) {
                // not ours to judge here
            }
        }
        return events;
    }

    /** The ids of the events received so far (parsed once, as they arrive). */
    public Set<UUID> ids() {
        return ids;
    }

    public boolean received(CloudEvent event) {
        return ids.contains(event.id());
    }

    /** The events so far of {@code type} about {@code subject}. */
    public List<CloudEvent> eventsAbout(String type, String subject) {
        return events().stream().filter(e -> e.type().equals(type) && e.subject().equals(subject)).toList();
    }

    /** Waits up to 30 s for an event of {@code type} about {@code subject} whose data {@code matches}; the first. */
    public CloudEvent await(String type, String subject, Predicate<JsonObject> matches) {
        AtomicReference<CloudEvent> found = new AtomicReference<>();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Optional<CloudEvent> event = eventsAbout(type, subject).stream().filter(e -> matches.test(e.data())).findFirst();
            event.ifPresent(found::set);
            return event.isPresent();
        });
        return found.get();
    }

    public CloudEvent await(String type, String subject) {
        return await(type, subject, data -> true);
    }

    /** Waits until every one of {@code events} (by id) has arrived. */
    public void awaitAll(Collection<CloudEvent> events, Duration within) {
        Set<UUID> wanted = events.stream().map(CloudEvent::id).collect(Collectors.toSet());
        org.awaitility.Awaitility.await().atMost(within).pollInterval(Duration.ofMillis(200))
                .until(() -> ids.containsAll(wanted));
    }

    @Override
    public void close() throws InterruptedException {
        // the reading thread ends on the wake-up, inside poll: none is left pending for the consumer's next reader
        consumer.wakeup();
        thread.join(5_000);
        open = false;
        if (owned) {
            consumer.close();
        }
    }
}
