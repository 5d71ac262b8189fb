package nova.system;

import org.microshed.testing.kafka.KafkaConsumerClient;
import org.microshed.testing.jupiter.MicroShedTest;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import static nova.system.Backbone.CONTENT;
import static nova.system.Backbone.EVENTS;
import static nova.system.Backbone.PUBLISHED;
import static nova.system.Backbone.contentEvent;
import static nova.system.Backbone.count;
import static nova.system.Backbone.database;
import static nova.system.Backbone.logged;
import static nova.system.Backbone.publish;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nova.platform.events.CloudEvent;
import nova.platform.events.OutboxEntry;
import nova.platform.events.OutboxRelay;
import nova.platform.events.RecordSender;
import nova.platform.events.OutboxWriter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The outbox and its relay in a running server (content's), with the events context's log as the
 * consumer: what commits is published, in order per aggregate; what rolls back never leaves; a
 * redelivered event has one effect. Events are written into content's outbox the way content's
 * own code writes them (the platform's {@link OutboxWriter}, in a database transaction).
 */
// alone, no other test class beside it (parallel system tests, see system-tests/pom.xml): it floods nova.content with thousands of events, runs extra relays and cleans content's published rows
@Isolated
@MicroShedTest
public class OutboxRelayIT {

    /** MicroShed's consumer of {@code nova.content}; each test's reader takes it over from the topic's end. */
    @KafkaConsumerClient(groupId = "nova.system-tests.outbox-relay", topics = "nova.content", properties = "enable.auto.commit=false",
            keyDeserializer = StringDeserializer.class, valueDeserializer = ByteArrayDeserializer.class)
    public static KafkaConsumer<String, byte[]> contentTopic;

    private final DataSource content = database(CONTENT);
    private final DataSource events = database(EVENTS);

    @Test
    void aRolledBackTransactionPublishesNothing() throws Exception {
        CloudEvent rolledBack = contentEvent("rollback-" + UUID.randomUUID(), Json.createObjectBuilder().build());
        CloudEvent committed = contentEvent("commit-" + UUID.randomUUID(), Json.createObjectBuilder().build());
        try (Backbone.TopicReader reader = new Backbone.TopicReader(contentTopic, "nova.content")) {
            try (Connection c = content.getConnection()) {
                c.setAutoCommit(false);
                OutboxWriter.write(c, OutboxEntry.of("post", rolledBack));
                c.rollback();
            }
            publish(content, List.of(committed));

            reader.awaitAll(List.of(committed), Duration.ofSeconds(60));
            await().atMost(Duration.ofSeconds(60)).until(() -> logged(List.of(committed)) == 1);
            assertFalse(reader.received(rolledBack), "a rolled-back event reached the topic");
            assertEquals(0, logged(List.of(rolledBack)));
            assertEquals(0, count(content, "SELECT count(*) FROM outbox_events WHERE id = ?", rolledBack.id()));
        }
    }

    @Test
    void aTransactionCommittingAfterALaterNumberedOneIsNotSkipped() throws Exception {
        CloudEvent early = contentEvent("early-" + UUID.randomUUID(), Json.createObjectBuilder().build());
        CloudEvent late = contentEvent("late-" + UUID.randomUUID(), Json.createObjectBuilder().build());
        try (Backbone.TopicReader reader = new Backbone.TopicReader(contentTopic, "nova.content");
             Connection slow = content.getConnection()) {
            slow.setAutoCommit(false);
            OutboxWriter.write(slow, OutboxEntry.of("post", early)); // takes the lower number, commits last
            publish(content, List.of(late));
            reader.awaitAll(List.of(late), Duration.ofSeconds(60));
            assertFalse(reader.received(early), "an uncommitted event was published");

            slow.commit();
            reader.awaitAll(List.of(early), Duration.ofSeconds(60));
            assertTrue(count(content, "SELECT count(*) FROM outbox_events a, outbox_events b WHERE a.id = ? AND b.id = ? AND a.seq < b.seq",
                    early.id(), late.id()) == 1, "the early transaction's row should carry the lower number");
            await().atMost(Duration.ofSeconds(60)).until(() -> logged(List.of(early, late)) == 2);
        }
    }

    @Test
    void aRedeliveredEventHasNoSecondEffect() throws Exception {
        String aggregate = "redelivered-" + UUID.randomUUID();
        CloudEvent event = contentEvent(aggregate, Json.createObjectBuilder().add("n", 1).build());
        CloudEvent marker = contentEvent(aggregate, Json.createObjectBuilder().add("n", 2).build());
        try (Backbone.TopicReader reader = new Backbone.TopicReader(contentTopic, "nova.content");
             Connection c = content.getConnection()) {
            // the same event twice, as a relay that died before marking its batch would send it again
            c.setAutoCommit(false);
            OutboxWriter.writeAll(c, List.of(copyOf(event), copyOf(event), OutboxEntry.of("post", marker)));
            c.commit();

            reader.awaitAll(List.of(event, marker), Duration.ofSeconds(60));
            assertEquals(2, reader.snapshot().stream().filter(r -> idOf(r).equals(event.id())).count(),
                    "the topic should carry the event twice");
            // the marker follows both copies in the same partition: once it is logged, both copies were consumed
            await().atMost(Duration.ofSeconds(60)).until(() -> logged(List.of(marker)) == 1);
            assertEquals(1, logged(List.of(event)));
            assertEquals(1, count(events, "SELECT count(*) FROM processed_events WHERE consumer = 'nova.events.log' AND event_id = ?",
                    event.id()));
            assertEquals(0, count(events, "SELECT count(*) FROM outbox_events WHERE topic = 'nova.deadletter' "
                    + "AND payload -> 'data' -> 'event' ->> 'id' = ?", event.id().toString()),
                    "the second copy must be skipped by the inbox, not fail");
        }
    }

    @Test
    void tenThousandEventsFromConcurrentWritersKeepTheirOrderPerAggregateAndNoneIsLost() throws Exception {
        int writers = 8;
        int aggregatesPerWriter = 25;
        int eventsPerAggregate = 50; // 8 × 25 × 50 = 10,000
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<CloudEvent> all = Collections.synchronizedList(new ArrayList<>());
        try (Backbone.TopicReader reader = new Backbone.TopicReader(contentTopic, "nova.content")) {
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    writeInterleaved(run, writer, aggregatesPerWriter, eventsPerAggregate, all);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
            pool.shutdown();
            assertEquals(10_000, all.size());

            reader.awaitAll(all, Duration.ofMinutes(3));
            Set<UUID> ours = new java.util.HashSet<>();
            all.forEach(e -> ours.add(e.id()));
            Map<String, List<Integer>> sequence = new HashMap<>();
            Set<UUID> seen = new LinkedHashSet<>();
            for (ConsumerRecord<String, byte[]> record : reader.snapshot()) {
                CloudEvent event = CloudEvent.parse(record.value());
                if (!ours.contains(event.id()) || !seen.add(event.id())) {
                    continue; // another test's event, or a repeat (the inbox takes care of those)
                }
                assertEquals(event.subject(), record.key(), "the record key is the aggregate id");
                Header trace = record.headers().lastHeader("traceparent");
                assertNotNull(trace, "traceparent travels in the record headers");
                assertEquals(event.traceparent(), new String(trace.value(), StandardCharsets.UTF_8));
                sequence.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(event.data().getInt("n"));
            }
            assertEquals(writers * aggregatesPerWriter, sequence.size());
            List<Integer> expected = java.util.stream.IntStream.range(0, eventsPerAggregate).boxed().toList();
            sequence.forEach((aggregate, ns) -> assertEquals(expected, ns, "order of " + aggregate));

            // and every one reaches the consumer on the other side, exactly once
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() -> logged(all) == all.size());
        }
    }

    @Test
    void relayReplicasSharingOneOutboxSendEveryRowOnceAndKeepEachAggregateInOrder() throws Exception {
        // two more replicas of content's relay, beside the one inside the content server
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<CloudEvent> written = new ArrayList<>();
        for (int n = 0; n < 100; n++) {
            for (int a = 0; a < 40; a++) {
                written.add(contentEvent("replicas-" + run + "-" + a, Json.createObjectBuilder().add("n", n).build()));
            }
        }
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        List<OutboxRelay> replicas = new ArrayList<>();
        List<Producer<String, byte[]>> producers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        try (Backbone.TopicReader reader = new Backbone.TopicReader(contentTopic, "nova.content")) {
            for (int r = 0; r < 2; r++) {
                Producer<String, byte[]> producer = Backbone.producer("system-test-replica-" + r);
                producers.add(producer);
                OutboxRelay relay = new OutboxRelay(content, RecordSender.of(producer::send),
                        new OutboxRelay.Settings(50, Duration.ofMillis(200), Duration.ofHours(24), Duration.ofHours(1)),
                        OutboxRelay.Listener.NONE);
                replicas.add(relay);
                Thread thread = new Thread(() -> relay.run(running::get), "replica-" + r);
                threads.add(thread);
                thread.start();
            }
            // many small transactions, so the replicas compete for every batch
            for (int i = 0; i < written.size(); i += 20) {
                publish(content, written.subList(i, i + 20));
            }
            reader.awaitAll(written, Duration.ofMinutes(2));

            Set<UUID> ours = new java.util.HashSet<>();
            written.forEach(e -> ours.add(e.id()));
            Map<UUID, Integer> copies = new HashMap<>();
            Map<String, List<Integer>> sequence = new HashMap<>();
            for (ConsumerRecord<String, byte[]> record : reader.snapshot()) {
                CloudEvent event = CloudEvent.parse(record.value());
                if (ours.contains(event.id())) {
                    copies.merge(event.id(), 1, Integer::sum);
                    sequence.computeIfAbsent(event.subject(), k -> new ArrayList<>()).add(event.data().getInt("n"));
                }
            }
            assertEquals(written.size(), copies.size());
            assertTrue(copies.values().stream().allMatch(c -> c == 1), "a row was sent by two replicas");
            List<Integer> expected = java.util.stream.IntStream.range(0, 100).boxed().toList();
            sequence.forEach((aggregate, ns) -> assertEquals(expected, ns, "order of " + aggregate));
        } finally {
            running.set(false);
            replicas.forEach(OutboxRelay::close);
            for (Thread thread : threads) {
                thread.join(10_000);
            }
            producers.forEach(Producer::close);
        }
    }

    @Test
    void publishedRowsAreCleanedAfterTheRetentionPeriodAndUnpublishedOnesNever() throws Exception {
        CloudEvent old = contentEvent("retention-" + UUID.randomUUID(), Json.createObjectBuilder().build());
        publish(content, List.of(old));
        await().atMost(Duration.ofSeconds(60)).until(() ->
                count(content, PUBLISHED, old.id()) == 1);
        java.time.Instant cutoff = java.time.Instant.now().plusMillis(1);
        CloudEvent recent;
        CloudEvent pending = contentEvent("retention-" + UUID.randomUUID(), Json.createObjectBuilder().build());
        try (Connection open = content.getConnection()) {
            // pending: a row no relay can see yet, committed only after the clean-up
            open.setAutoCommit(false);
            OutboxWriter.write(open, OutboxEntry.of("post", pending));
            await().atMost(Duration.ofSeconds(5)).until(() -> java.time.Instant.now().isAfter(cutoff));
            recent = contentEvent("retention-" + UUID.randomUUID(), Json.createObjectBuilder().build());
            publish(content, List.of(recent));
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    count(content, PUBLISHED, recent.id()) == 1);

            OutboxRelay cleaner = new OutboxRelay(content, record -> {
                throw new IllegalStateException("cleaning sends nothing");
            }, OutboxRelay.Settings.defaults(), OutboxRelay.Listener.NONE);
            assertTrue(cleaner.deletePublishedBefore(cutoff) >= 1);
            open.commit();
        }
        assertEquals(0, count(content, "SELECT count(*) FROM outbox_events WHERE id = ?", old.id()), "published before the cutoff");
        assertEquals(1, count(content, "SELECT count(*) FROM outbox_events WHERE id = ?", recent.id()), "published after the cutoff");
        await().atMost(Duration.ofSeconds(60)).until(() -> logged(List.of(old, recent, pending)) == 3);
    }

    /**
     * The clean-up, on copies of the outbox tables: a row written before the cut-off goes once it is published; a
     * row still to be sent stays however old it is, and goes at the first clean-up after it is sent;
     * a published row written after the cut-off stays.
     */
    @Test
    void theCleanUpKeepsEveryRowStillToBeSentHoweverOld() throws Exception {
        withOutboxCopy(copy -> {
            CloudEvent old = contentEvent("retention-old-" + UUID.randomUUID(), Json.createObjectBuilder().build());
            CloudEvent recent = contentEvent("retention-recent-" + UUID.randomUUID(), Json.createObjectBuilder().build());
            CloudEvent stuck = contentEvent("retention-stuck-" + UUID.randomUUID(), Json.createObjectBuilder().build());
            String age = "UPDATE outbox_events SET created_at = now() - interval '2 days' WHERE id = ?";
            try (Producer<String, byte[]> producer = Backbone.producer("system-test-retention");
                 OutboxRelay relay = new OutboxRelay(copy, RecordSender.of(producer::send),
                    OutboxRelay.Settings.defaults(), OutboxRelay.Listener.NONE)) {
                publish(copy, List.of(old, recent));
                count(copy, "WITH aged AS (" + age + " RETURNING 1) SELECT count(*) FROM aged", old.id());
                assertEquals(2, relay.relayBacklog(() -> true));
                assertEquals(1, count(copy, PUBLISHED, old.id()));
                assertEquals(1, count(copy, PUBLISHED, recent.id()));
                publish(copy, List.of(stuck)); // written, not sent yet
                count(copy, "WITH aged AS (" + age + " RETURNING 1) SELECT count(*) FROM aged", stuck.id());
                assertEquals(1, relay.backlog().rows());
                assertTrue(relay.backlog().oldest().compareTo(Duration.ofDays(1)) > 0, "the backlog's age is the waiting row's");

                java.time.Instant cutoff = java.time.Instant.now().minus(Duration.ofDays(1));
                assertEquals(1, relay.deletePublishedBefore(cutoff), "only the old published row");
                String exists = "SELECT count(*) FROM outbox_events WHERE id = ?";
                assertEquals(0, count(copy, exists, old.id()));
                assertEquals(1, count(copy, exists, recent.id()), "written after the cut-off");
                assertEquals(1, count(copy, exists, stuck.id()), "still to be sent");
                assertEquals(0, count(copy, PUBLISHED, stuck.id()));

                assertEquals(1, relay.relayBacklog(() -> true));
                assertEquals(1, relay.deletePublishedBefore(cutoff), "sent now, and written before the cut-off");
                assertEquals(0, count(copy, exists, stuck.id()));
                assertEquals(0, relay.backlog().rows());
            }
        });
    }

    /**
     * A pending row whose event was deleted by hand (nothing in the platform deletes one) would hold
     * back its aggregate for ever; the relay drops it, and the aggregate's later events go out.
     */
    @Test
    void aPendingRowWhoseEventWasDeletedByHandIsDroppedAndItsAggregateMovesOn() throws Exception {
        withOutboxCopy(copy -> {
            String aggregate = "orphan-" + UUID.randomUUID();
            CloudEvent deleted = contentEvent(aggregate, Json.createObjectBuilder().add("n", 0).build());
            CloudEvent next = contentEvent(aggregate, Json.createObjectBuilder().add("n", 1).build());
            publish(copy, List.of(deleted, next));
            count(copy, "WITH gone AS (DELETE FROM outbox_events WHERE id = ? RETURNING 1) SELECT count(*) FROM gone",
                    deleted.id());
            try (Backbone.TopicReader reader = new Backbone.TopicReader(contentTopic, "nova.content");
                 Producer<String, byte[]> producer = Backbone.producer("system-test-orphan");
                 OutboxRelay relay = new OutboxRelay(copy, RecordSender.of(producer::send),
                         OutboxRelay.Settings.defaults(), OutboxRelay.Listener.NONE)) {
                await().atMost(Duration.ofSeconds(30)).until(() -> {
                    relay.relayBacklog(() -> true);
                    return relay.backlog().rows() == 0;
                });
                reader.awaitAll(List.of(next), Duration.ofSeconds(60));
                assertFalse(reader.received(deleted));
            }
            assertEquals(1, count(copy, PUBLISHED, next.id()));
            assertEquals(0, count(copy, "SELECT count(*) FROM outbox_pending"));
        });
    }

    interface OutboxCopyTest {
        void run(DataSource copy) throws Exception;
    }

    /**
     * Runs {@code test} on copies of content's outbox tables (with the platform's trigger) in a schema
     * of their own that no server relays from, so nothing races the test; drops them afterwards.
     */
    private void withOutboxCopy(OutboxCopyTest test) throws Exception {
        String schema = "outbox_copy_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = content.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
            s.execute("CREATE TABLE " + schema + ".outbox_events (LIKE public.outbox_events INCLUDING ALL)");
            s.execute("CREATE TABLE " + schema + ".outbox_pending (LIKE public.outbox_pending INCLUDING ALL)");
            // the platform's own trigger function: it writes to the outbox_pending of the session's schema
            s.execute("CREATE TRIGGER outbox_events_pending AFTER INSERT ON " + schema
                    + ".outbox_events FOR EACH ROW EXECUTE FUNCTION public.outbox_events_pending()");
        }
        try {
            org.postgresql.ds.PGSimpleDataSource copy = (org.postgresql.ds.PGSimpleDataSource) database(CONTENT);
            copy.setCurrentSchema(schema);
            test.run(copy);
        } finally {
            try (Connection c = content.getConnection(); java.sql.Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    /**
     * One writer: its aggregates' events in order 0..n-1 each, interleaved across aggregates, in
     * transactions of one to five events, as a busy context would commit them.
     */
    private void writeInterleaved(String run, int writer, int aggregates, int perAggregate, List<CloudEvent> all)
            throws Exception {
        Random random = new Random(writer);
        List<Integer> order = new ArrayList<>();
        for (int a = 0; a < aggregates; a++) {
            order.add(a);
        }
        try (Connection c = content.getConnection()) {
            c.setAutoCommit(false);
            List<OutboxEntry> batch = new ArrayList<>();
            int limit = 1 + random.nextInt(5);
            for (int n = 0; n < perAggregate; n++) {
                Collections.shuffle(order, random);
                for (int a : order) {
                    CloudEvent event = contentEvent("order-" + run + "-" + writer + "-" + a,
                            Json.createObjectBuilder().add("n", n).add("writer", writer).build());
                    batch.add(OutboxEntry.of("post", event));
                    all.add(event);
                    if (batch.size() >= limit) {
                        OutboxWriter.writeAll(c, batch);
                        c.commit();
                        batch.clear();
                        limit = 1 + random.nextInt(5);
                    }
                }
            }
            if (!batch.isEmpty()) {
                OutboxWriter.writeAll(c, batch);
                c.commit();
            }
        }
    }

    /** Another outbox row carrying the same event (same event id). */
    private static OutboxEntry copyOf(CloudEvent event) {
        return new OutboxEntry(UUID.randomUUID(), "nova.content", "post", event.subject(), event.type(),
                event.toJsonObject(), event.traceparent());
    }

    private static UUID idOf(ConsumerRecord<String, byte[]> record) {
        try {
            return CloudEvent.parse(record.value()).id();
        } catch (CloudEvent.MalformedEventException e) {
            return new UUID(0, 0);
        }
    }
}
