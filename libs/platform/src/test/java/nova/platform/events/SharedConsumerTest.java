package nova.platform.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetCommitCallback;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * The shared consumer's dispatch, commits, back-pressure and stop, on Kafka's {@link MockConsumer}; against the real
 * broker it runs in every context's in-container tests and the system tests, as each server's only consumer.
 */
class SharedConsumerTest {

    static final Map<String, String> SETTINGS = Map.of("group.id", "nova.test.intake", "bootstrap.servers", "x:9092");
    static final TopicPartition USER = new TopicPartition("nova.user", 0);
    static final TopicPartition USER_1 = new TopicPartition("nova.user", 1);
    static final TopicPartition CONTENT = new TopicPartition("nova.content", 0);

    /** Kafka's mock consumer, keeping what was committed so that it can be read after the consumer is closed. */
    static final class Kafka extends MockConsumer<String, byte[]> {
        final Map<TopicPartition, Long> commits = new ConcurrentHashMap<>();

        Kafka() {
            super("earliest");
        }

        @Override
        public synchronized void commitAsync(Map<TopicPartition, OffsetAndMetadata> offsets,
                OffsetCommitCallback callback) {
            super.commitAsync(offsets, callback);
            offsets.forEach((partition, offset) -> commits.put(partition, offset.offset()));
        }

        @Override
        public synchronized void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets, Duration timeout) {
            super.commitSync(offsets, timeout);
            offsets.forEach((partition, offset) -> commits.put(partition, offset.offset()));
        }
    }

    final Kafka kafka = new Kafka();
    final SharedConsumer shared = new SharedConsumer("nova.test.intake", SETTINGS, settings -> kafka,
            SharedConsumerTest::daemon, Duration.ofMillis(5), Duration.ofMillis(50));

    static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "shared-consumer-test");
        thread.setDaemon(true);
        return thread;
    }

    @AfterEach
    void stop() throws InterruptedException {
        shared.stop();
        assertTrue(shared.awaitStopped(Duration.ofSeconds(10)), "the consumer's thread ends");
    }

    /** A channel's subscriber that asks for {@code demand} records and keeps what it gets, unfinished. */
    static final class Channel implements Subscriber<Message<byte[]>> {
        final List<Message<byte[]>> received = new CopyOnWriteArrayList<>();
        final List<Throwable> errors = new CopyOnWriteArrayList<>();
        final long demand;
        volatile Subscription subscription;

        Channel(long demand) {
            this.demand = demand;
        }

        @Override
        public void onSubscribe(Subscription s) {
            subscription = s;
            s.request(demand);
        }

        @Override
        public void onNext(Message<byte[]> message) {
            received.add(message);
        }

        @Override
        public void onError(Throwable t) {
            errors.add(t);
        }

        @Override
        public void onComplete() {
        }

        List<Long> offsets() {
            return received.stream().map(m -> m.unwrap(ConsumerRecord.class).offset()).toList();
        }
    }

    Channel open(String name, String topic, int limit, long demand) {
        Channel channel = new Channel(demand);
        shared.open(name, topic, limit, SETTINGS).subscribe(channel);
        return channel;
    }

    /** Once the consumer has subscribed, gives it {@code partitions}, each from offset 0. */
    void assign(TopicPartition... partitions) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !kafka.subscription().isEmpty());
        kafka.updateBeginningOffsets(Arrays.stream(partitions).collect(Collectors.toMap(p -> p, p -> 0L)));
        kafka.rebalance(List.of(partitions));
    }

    void send(TopicPartition partition, long offset) {
        kafka.addRecord(new ConsumerRecord<>(partition.topic(), partition.partition(), offset, "key-" + offset,
                ("record " + offset).getBytes(StandardCharsets.UTF_8)));
    }

    Long committed(TopicPartition partition) {
        return kafka.commits.get(partition);
    }

    @Test
    void oneConsumerReadsEveryTopicAndEachRecordReachesEveryChannelOfItsTopic() {
        Channel standing = open("standing", "nova.user", 10, 10);
        Channel members = open("members", "nova.user", 10, 10);
        Channel posts = open("posts", "nova.content", 10, 10);
        assign(USER, CONTENT);
        assertEquals(Set.of("nova.user", "nova.content"), kafka.subscription());
        send(USER, 0);
        send(CONTENT, 0);
        send(USER, 1);

        await().atMost(Duration.ofSeconds(10)).until(() -> standing.received.size() == 2
                && members.received.size() == 2 && posts.received.size() == 1);
        assertEquals(List.of(0L, 1L), standing.offsets());
        assertEquals(List.of(0L, 1L), members.offsets());
        ConsumerRecord<?, ?> post = posts.received.get(0).unwrap(ConsumerRecord.class);
        assertEquals("nova.content", post.topic());
        assertEquals("key-0", post.key());
        assertEquals("record 0", new String(posts.received.get(0).getPayload(), StandardCharsets.UTF_8));
        assertSame(posts.received.get(0), posts.received.get(0).unwrap(Message.class));
    }

    @Test
    void aRecordIsCommittedOnceEveryChannelOfItsTopicHasFinishedIt() {
        Channel standing = open("standing", "nova.user", 10, 10);
        Channel members = open("members", "nova.user", 10, 10);
        Channel posts = open("posts", "nova.content", 10, 10);
        assign(USER, CONTENT);
        send(USER, 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> standing.received.size() == 1 && members.received.size() == 1);

        standing.received.get(0).ack();
        // a record of another topic, finished after: once it is committed, the loop has looked at nova.user too
        send(CONTENT, 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> posts.received.size() == 1);
        posts.received.get(0).ack();
        await().atMost(Duration.ofSeconds(10)).until(() -> Long.valueOf(1).equals(committed(CONTENT)));
        assertNull(committed(USER), "members has not finished the record");

        members.received.get(0).ack();
        await().atMost(Duration.ofSeconds(10)).until(() -> Long.valueOf(1).equals(committed(USER)));
    }

    @Test
    void anOffsetIsNeverCommittedPastARecordNotFinished() {
        Channel standing = open("standing", "nova.user", 10, 10);
        assign(USER, USER_1);
        send(USER, 0);
        send(USER, 1);
        send(USER, 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> standing.received.size() == 3);
        standing.received.get(2).ack();
        standing.received.get(1).ack();
        send(USER_1, 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> standing.received.size() == 4);
        standing.received.get(3).ack();
        await().atMost(Duration.ofSeconds(10)).until(() -> Long.valueOf(1).equals(committed(USER_1)));
        assertNull(committed(USER), "record 0 is not finished");

        standing.received.get(0).ack();
        await().atMost(Duration.ofSeconds(10)).until(() -> Long.valueOf(3).equals(committed(USER)));
    }

    @Test
    void aChannelGetsNoMoreRecordsThanItAskedFor() {
        Channel standing = open("standing", "nova.user", 10, 1);
        assign(USER);
        send(USER, 0);
        send(USER, 1);
        send(USER, 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> standing.received.size() == 1);
        standing.subscription.request(2);
        await().atMost(Duration.ofSeconds(10)).until(() -> standing.received.size() == 3);
        assertEquals(List.of(0L, 1L, 2L), standing.offsets());
    }

    @Test
    void aChannelAtItsLimitPausesItsTopicOnlyUntilItCatchesUp() {
        Channel standing = open("standing", "nova.user", 2, Long.MAX_VALUE);
        Channel posts = open("posts", "nova.content", 10, 10);
        assign(USER, CONTENT);
        send(USER, 0);
        send(USER, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> standing.received.size() == 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> kafka.paused().equals(Set.of(USER)));

        send(CONTENT, 0); // the group's other topic goes on
        await().atMost(Duration.ofSeconds(10)).until(() -> posts.received.size() == 1);
        assertEquals(Set.of(USER), kafka.paused());

        standing.received.get(0).ack();
        await().atMost(Duration.ofSeconds(10)).until(() -> kafka.paused().isEmpty());
    }

    @Test
    void aRefusedRecordIsPassedOverSoThatThePartitionMovesOn() {
        Channel standing = open("standing", "nova.user", 10, 10);
        assign(USER);
        send(USER, 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> standing.received.size() == 1);
        standing.received.get(0).nack(new IllegalStateException("refused by the test"));
        await().atMost(Duration.ofSeconds(10)).until(() -> Long.valueOf(1).equals(committed(USER)));
    }

    @Test
    void stoppingCommitsWhatIsFinishedAndClosesTheConsumer() throws InterruptedException {
        Channel standing = open("standing", "nova.user", 10, 10);
        assign(USER);
        send(USER, 0);
        send(USER, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> standing.received.size() == 2);
        standing.received.get(0).ack();

        shared.stop();
        assertTrue(shared.awaitStopped(Duration.ofSeconds(10)));
        assertTrue(kafka.closed());
        assertEquals(1L, committed(USER), "record 1 was not finished: it is read again after the restart");
    }

    @Test
    void aChannelWhoseKafkaSettingsDifferFromItsGroupsIsRefusedWithoutTheirValues() {
        Map<String, String> other = Map.of("group.id", "nova.test.intake", "bootstrap.servers", "x:9092",
                "sasl.jaas.config", "password=\"very-secret\"");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> shared.open("realtime", "nova.communication", 10, other));
        assertTrue(refused.getMessage().contains("sasl.jaas.config"), refused.getMessage());
        assertFalse(refused.getMessage().contains("very-secret"), refused.getMessage());
    }

    @Test
    void aChannelTakesAtLeastOneUnfinishedRecord() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> shared.open("standing", "nova.user", 0, SETTINGS));
        assertTrue(refused.getMessage().contains("unacked.limit"), refused.getMessage());
    }

    @Test
    void aChannelHasOneSubscriberAndASecondIsToldSo() {
        ChannelFeed feed = shared.open("standing", "nova.user", 10, SETTINGS);
        Channel first = new Channel(10);
        feed.subscribe(first);
        Channel second = new Channel(10);
        feed.subscribe(second);
        assertEquals(1, second.errors.size());
        assertTrue(second.errors.get(0) instanceof IllegalStateException, second.errors.toString());
        assertTrue(first.errors.isEmpty(), first.errors.toString());
        assign(USER);
        send(USER, 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> first.received.size() == 1);
    }

    @Test
    void aRequestOfNoRecordsIsAnErrorAndEndsTheFeed() {
        ChannelFeed feed = shared.open("standing", "nova.user", 10, SETTINGS);
        Channel channel = new Channel(0);
        feed.subscribe(channel);
        assertEquals(1, channel.errors.size());
        assertTrue(channel.errors.get(0) instanceof IllegalArgumentException, channel.errors.toString());
        assign(USER);
        send(USER, 0);
        channel.subscription.request(5); // cancelled (Reactive Streams §3.9): nothing more is handed over
        send(USER, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> kafka.position(USER) == 2);
        assertTrue(channel.received.isEmpty(), channel.received.toString());
    }

    @Test
    void aConsumerWhosePollFailsIsClosedAndMadeAgainAndReadsOn() throws InterruptedException {
        List<Kafka> made = new CopyOnWriteArrayList<>();
        SharedConsumer restarting = new SharedConsumer("nova.test.intake", SETTINGS, settings -> {
            Kafka next = new Kafka();
            made.add(next);
            return next;
        }, SharedConsumerTest::daemon, Duration.ofMillis(5), Duration.ofMillis(50));
        try {
            Channel standing = new Channel(10);
            restarting.open("standing", "nova.user", 10, SETTINGS).subscribe(standing);
            await().atMost(Duration.ofSeconds(10)).until(() -> made.size() == 1 && !made.get(0).subscription().isEmpty());
            made.get(0).setPollException(new KafkaException("broken by the test"));

            await().atMost(Duration.ofSeconds(10)).until(() -> made.size() == 2 && made.get(0).closed());
            Kafka second = made.get(1);
            await().atMost(Duration.ofSeconds(10)).until(() -> !second.subscription().isEmpty());
            second.updateBeginningOffsets(Map.of(USER, 0L));
            second.rebalance(List.of(USER));
            second.addRecord(new ConsumerRecord<>(USER.topic(), USER.partition(), 0, "key-0", new byte[] {1}));
            await().atMost(Duration.ofSeconds(10)).until(() -> standing.received.size() == 1);
        } finally {
            restarting.stop();
            assertTrue(restarting.awaitStopped(Duration.ofSeconds(10)));
        }
    }

    @Test
    void aConsumerNoChannelSubscribedToNeverStartsAndStopsAtOnce() throws InterruptedException {
        shared.open("standing", "nova.user", 10, SETTINGS);
        shared.stop();
        assertTrue(shared.awaitStopped(Duration.ofMillis(1)));
        assertTrue(kafka.subscription().isEmpty());
    }
}
