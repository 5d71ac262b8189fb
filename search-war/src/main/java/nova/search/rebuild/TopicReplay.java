package nova.search.rebuild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads topics from their start up to given end offsets, with a consumer of its own (assigned partitions, no
 * group, nothing committed): the rebuild's replay. Not a channel: a channel's consumer group would share the
 * partitions with, and commit offsets for, live consumption.
 */
class TopicReplay {

    private final String bootstrap;

    TopicReplay(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    private KafkaConsumer<String, byte[]> consumer(int maxPoll) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(maxPoll));
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "nova-search-rebuild");
        // the class loader that sees kafka-clients (the server's shared library) for its own reflective loading
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(KafkaConsumer.class.getClassLoader());
        try {
            return new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** Each partition's end offset now, keyed {@code topic/partition} (topics that do not exist yet have none). */
    Map<String, Long> endOffsets(List<String> topics) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(1)) {
            List<TopicPartition> partitions = partitions(consumer, topics);
            Map<String, Long> ends = new HashMap<>();
            consumer.endOffsets(partitions, Duration.ofSeconds(30))
                    .forEach((tp, offset) -> ends.put(tp.topic() + "/" + tp.partition(), offset));
            return ends;
        }
    }

    /** Hands every record below its partition's end offset to {@code batch}, in batches of up to {@code size}. */
    void replay(Map<String, Long> ends, int size, Consumer<List<ConsumerRecord<String, byte[]>>> batch) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(size)) {
            List<TopicPartition> partitions = new ArrayList<>();
            ends.forEach((key, end) -> {
                if (end > 0) {
                    int split = key.lastIndexOf('/');
                    partitions.add(new TopicPartition(key.substring(0, split), Integer.parseInt(key.substring(split + 1))));
                }
            });
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<TopicPartition> open = new ArrayList<>(partitions);
            open.removeIf(tp -> consumer.position(tp) >= ends.get(key(tp)));
            while (!open.isEmpty()) {
                List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < ends.get(record.topic() + "/" + record.partition())) {
                        records.add(record);
                    }
                }
                if (!records.isEmpty()) {
                    batch.accept(records);
                }
                open.removeIf(tp -> consumer.position(tp) >= ends.get(key(tp)));
                consumer.pause(partitions.stream().filter(tp -> !open.contains(tp)).toList());
            }
        }
    }

    private static String key(TopicPartition tp) {
        return tp.topic() + "/" + tp.partition();
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer, List<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        Map<String, List<PartitionInfo>> all = consumer.listTopics(Duration.ofSeconds(30));
        for (String topic : topics) {
            for (PartitionInfo info : all.getOrDefault(topic, List.of())) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        return partitions;
    }
}
