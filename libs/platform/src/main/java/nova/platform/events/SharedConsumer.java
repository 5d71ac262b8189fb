package nova.platform.events;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * One Kafka consumer for every channel of one consumer group in a server (issue 23): it subscribes to their topics
 * together and hands each record to every channel of its topic ({@link ChannelFeed}). Liberty's connector gives each
 * channel a consumer of its own, each fetching, heart-beating and rebalancing on its own while idle: events had nine,
 * communication eight. One thread polls; channels finish records on their own threads and wake it to commit.
 * <p>
 * At least once, as before: a partition's offset is committed up to its first record that some channel of its topic
 * has not finished, so a restart, a rebalance or a crash reads again at most what was unfinished (the inbox makes the
 * repeat harmless). A channel holding {@code unacked.limit} unfinished records pauses its topic's partitions until it
 * catches up; the group's other topics go on. Stopping commits what is finished and leaves the group at once.
 */
final class SharedConsumer {

    private static final Logger LOG = Logger.getLogger(SharedConsumer.class.getName());

    /** How long stopping waits to leave the group and close the fetch session (Kafka's own close waits 30 s). */
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(2);
    static final Duration COMMIT_TIMEOUT = Duration.ofSeconds(5);
    /** The shortest time between two commits. */
    static final Duration COMMIT_INTERVAL = Duration.ofMillis(100);

    private final String group;
    private final Map<String, String> settings;
    private final Function<Map<String, Object>, Consumer<String, byte[]>> clients;
    private final ThreadFactory threads;
    private final Duration pollTimeout;
    private final Duration restartBackoff;
    /** The channels by topic; complete before the first channel subscribes (Reactive Messaging opens all first). */
    private final Map<String, List<ChannelFeed>> channels = new ConcurrentHashMap<>();
    /** Per partition, its records handed to channels and not yet committed, in offset order (poll thread only). */
    private final Map<TopicPartition, ArrayDeque<RecordProgress>> uncommitted = new HashMap<>();
    /** Offsets whose asynchronous commit failed, committed again with the next (poll thread only). */
    private final Map<TopicPartition, OffsetAndMetadata> retry = new HashMap<>();
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Consumer<String, byte[]> client;
    private Thread thread;

    /**
     * @param settings       the Kafka consumer's settings, {@code group.id} among them; every channel has the same
     * @param clients        makes the Kafka consumer from the settings
     * @param pollTimeout    how long one poll waits for records before the loop looks round (wake-ups end it sooner)
     * @param restartBackoff how long to wait before a consumer that failed is made again
     */
    SharedConsumer(String group, Map<String, String> settings,
            Function<Map<String, Object>, Consumer<String, byte[]>> clients, ThreadFactory threads,
            Duration pollTimeout, Duration restartBackoff) {
        this.group = group;
        this.settings = Map.copyOf(settings);
        this.clients = clients;
        this.threads = threads;
        this.pollTimeout = pollTimeout;
        this.restartBackoff = restartBackoff;
    }

    /**
     * Adds a channel reading {@code topic}; the consumer starts reading once a channel has subscribed.
     *
     * @throws IllegalArgumentException if the channel's Kafka settings are not the group's: one consumer reads them
     */
    ChannelFeed open(String channel, String topic, int limit, Map<String, String> channelSettings) {
        if (!settings.equals(channelSettings)) {
            Set<String> differing = new TreeSet<>(settings.keySet());
            differing.addAll(channelSettings.keySet());
            differing.removeIf(key -> Objects.equals(settings.get(key), channelSettings.get(key)));
            // the names only: a value may be a secret
            throw new IllegalArgumentException("channel " + channel + " sets " + differing + " otherwise than the"
                    + " other channels of Kafka group " + group + ", which one consumer reads: give it a group of its own");
        }
        ChannelFeed feed = new ChannelFeed(channel, limit, this::start);
        channels.merge(topic, List.of(feed), (known, added) -> Stream.concat(known.stream(), added.stream()).toList());
        return feed;
    }

    /** Starts reading, once. */
    synchronized void start() {
        if (thread == null && stopRequested.getCount() > 0) {
            thread = threads.newThread(this::run);
            thread.start();
        }
    }

    /** Asks the consumer to stop: it commits what is finished, leaves the group and closes. */
    void stop() {
        stopRequested.countDown();
        Consumer<String, byte[]> current = client;
        if (current != null) {
            current.wakeup();
        }
        synchronized (this) {
            if (thread == null) {
                stopped.countDown();
            }
        }
    }

    boolean awaitStopped(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Ends the poll in progress so that the loop commits, pauses or resumes (a channel finished a record). */
    private void wake() {
        if (wakeRequested.compareAndSet(false, true)) {
            Consumer<String, byte[]> current = client;
            if (current != null) {
                current.wakeup();
            }
        }
    }

    private boolean running() {
        return stopRequested.getCount() > 0;
    }

    private void run() {
        try {
            while (running()) {
                Consumer<String, byte[]> consumer = null;
                try {
                    consumer = clients.apply(new HashMap<>(settings));
                    client = consumer;
                    read(consumer);
                } catch (RuntimeException e) { // a KafkaException the client does not recover from by itself
                    LOG.log(Level.SEVERE, "Kafka group " + group + " stopped reading; it starts again in "
                            + restartBackoff.toMillis() + " ms", e);
                } finally {
                    client = null;
                    if (consumer != null) {
                        close(consumer);
                    }
                    uncommitted.clear(); // read again from the committed offsets by the next consumer
                    retry.clear();
                }
                if (running()) {
                    stopRequested.await(restartBackoff.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopped.countDown();
        }
    }

    private void read(Consumer<String, byte[]> consumer) {
        Set<String> subscribed = Set.of();
        long lastCommit = System.nanoTime() - COMMIT_INTERVAL.toNanos();
        while (running()) {
            Set<String> topics = Set.copyOf(channels.keySet());
            if (!topics.equals(subscribed)) {
                consumer.subscribe(topics, rebalanceListener(consumer));
                subscribed = topics;
            }
            try {
                // under load, records finish thousands of times a second: one commit (and one look at the paused
                // topics) per interval at most; further wake-ups wait for it (the flag stays up) instead of
                // ending every poll. When idle, the first record finished is committed at once.
                long sinceCommit = System.nanoTime() - lastCommit;
                Duration timeout = pollTimeout;
                if (wakeRequested.get()) {
                    if (sinceCommit >= COMMIT_INTERVAL.toNanos()) {
                        wakeRequested.set(false);
                        commitFinished(consumer);
                        lastCommit = System.nanoTime();
                    } else {
                        timeout = Duration.ofNanos(COMMIT_INTERVAL.toNanos() - sinceCommit);
                    }
                }
                throttle(consumer);
                for (ConsumerRecord<String, byte[]> record : consumer.poll(timeout)) {
                    hand(record);
                }
            } catch (WakeupException e) {
                // a channel finished a record, or the server stops: look round
            }
        }
        commitFinishedNow(consumer, uncommitted.keySet());
    }

    /** Hands {@code record} to every channel of its topic, in the partition's order. */
    private void hand(ConsumerRecord<String, byte[]> record) {
        List<ChannelFeed> feeds = channels.getOrDefault(record.topic(), List.of());
        if (feeds.isEmpty()) {
            return;
        }
        RecordProgress progress = new RecordProgress(record.offset(), feeds.size(), this::wake);
        uncommitted.computeIfAbsent(new TopicPartition(record.topic(), record.partition()), p -> new ArrayDeque<>())
                .add(progress);
        for (ChannelFeed feed : feeds) {
            feed.offer(new IncomingRecord(record, feed, progress));
        }
    }

    /** The offsets past each partition's finished records, taken off {@code uncommitted}. */
    private Map<TopicPartition, OffsetAndMetadata> finished(Collection<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : partitions) {
            ArrayDeque<RecordProgress> records = uncommitted.get(partition);
            long next = -1;
            while (records != null && !records.isEmpty() && records.peekFirst().done()) {
                next = records.pollFirst().offset() + 1;
            }
            if (next >= 0) {
                offsets.put(partition, new OffsetAndMetadata(next));
            }
        }
        return offsets;
    }

    /**
     * What to commit on {@code partitions}: past each one's finished records, or a failed commit's offset where that
     * is later; both taken off {@code uncommitted} and {@code retry}.
     */
    private Map<TopicPartition, OffsetAndMetadata> toCommit(Collection<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> offsets = finished(partitions);
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata failed = retry.remove(partition);
            if (failed != null) {
                offsets.merge(partition, failed, SharedConsumer::later);
            }
        }
        return offsets;
    }

    private static OffsetAndMetadata later(OffsetAndMetadata a, OffsetAndMetadata b) {
        return a.offset() >= b.offset() ? a : b;
    }

    private void commitFinished(Consumer<String, byte[]> consumer) {
        Map<TopicPartition, OffsetAndMetadata> offsets = toCommit(uncommitted.keySet());
        if (offsets.isEmpty()) {
            return;
        }
        consumer.commitAsync(offsets, (committed, failure) -> { // called on this thread, within a poll
            if (failure != null) {
                LOG.log(Level.FINE, "Kafka group {0}: a commit failed, tried again with the next: {1}",
                        new Object[] {group, failure.toString()});
                committed.forEach((partition, offset) -> retry.merge(partition, offset, SharedConsumer::later));
            }
        });
    }

    /** Commits at once what is finished on {@code partitions} (before they are revoked, and when stopping). */
    private void commitFinishedNow(Consumer<String, byte[]> consumer, Collection<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> offsets = toCommit(partitions);
        if (offsets.isEmpty()) {
            return;
        }
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                consumer.commitSync(offsets, COMMIT_TIMEOUT);
                return;
            } catch (WakeupException e) {
                // a wake-up that was pending: once more
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Kafka group {0}: finished records not committed, read again later: {1}",
                        new Object[] {group, e.toString()});
                return;
            }
        }
    }

    /** Pauses the partitions of every topic one of whose channels is full, resumes the others. */
    private void throttle(Consumer<String, byte[]> consumer) {
        Set<String> full = new HashSet<>();
        channels.forEach((topic, feeds) -> {
            if (feeds.stream().anyMatch(ChannelFeed::full)) {
                full.add(topic);
            }
        });
        Set<TopicPartition> paused = consumer.paused();
        List<TopicPartition> pause = new ArrayList<>();
        List<TopicPartition> resume = new ArrayList<>();
        for (TopicPartition partition : consumer.assignment()) {
            boolean hold = full.contains(partition.topic());
            if (hold && !paused.contains(partition)) {
                pause.add(partition);
            } else if (!hold && paused.contains(partition)) {
                resume.add(partition);
            }
        }
        if (!pause.isEmpty()) {
            consumer.pause(pause);
        }
        if (!resume.isEmpty()) {
            consumer.resume(resume);
        }
    }

    private ConsumerRebalanceListener rebalanceListener(Consumer<String, byte[]> consumer) {
        return new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                commitFinishedNow(consumer, partitions);
                forget(partitions);
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            }

            @Override
            public void onPartitionsLost(Collection<TopicPartition> partitions) {
                forget(partitions);
            }
        };
    }

    /** Another member reads these partitions now, from their committed offsets. */
    private void forget(Collection<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            uncommitted.remove(partition);
            retry.remove(partition);
        }
    }

    private void close(Consumer<String, byte[]> consumer) {
        try {
            consumer.close(CloseOptions.timeout(CLOSE_TIMEOUT));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Kafka group {0}: closing: {1}", new Object[] {group, e.toString()});
        }
    }
}
