package nova.system;

import org.microshed.testing.kafka.KafkaConsumerClient;
import org.microshed.testing.jupiter.MicroShedTest;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import static nova.system.Backbone.CONTENT;
import static nova.system.Backbone.EVENTS;
import static nova.system.Backbone.PENDING;
import static nova.system.Backbone.contentEvent;
import static nova.system.Backbone.count;
import static nova.system.Backbone.database;
import static nova.system.Backbone.launcher;
import static nova.system.Backbone.logged;
import static nova.system.Backbone.novaHome;
import static nova.system.Backbone.pid;
import static nova.system.Backbone.publish;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nova.platform.events.CloudEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The backbone when things break for real: the content server killed while its relay is sending,
 * the Kafka broker stopped for 30 s while events are written. Nothing is lost, nothing has two
 * effects. Each test brings the system back with the launcher, whatever happens.
 */
// alone, no other test class beside it (parallel system tests, see system-tests/pom.xml): it kills content and stops the broker: everyone else would see them go
@Isolated
@MicroShedTest
public class BackboneFailuresIT {

    /** MicroShed's consumer of {@code nova.content}; each test's reader takes it over from the topic's end. */
    @KafkaConsumerClient(groupId = "nova.system-tests.backbone-failures", topics = "nova.content", properties = "enable.auto.commit=false",
            keyDeserializer = StringDeserializer.class, valueDeserializer = ByteArrayDeserializer.class)
    public static KafkaConsumer<String, byte[]> contentTopic;

    private final DataSource content = database(CONTENT);
    private final DataSource events = database(EVENTS);

    @Test
    void aRelayKilledMidBatchDeliversEveryEventAtLeastOnceWithExactlyOneEffect() throws Exception {
        int total = 15_000;
        List<CloudEvent> written = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            written.add(contentEvent("killed-" + (i % 150) + "-" + UUID.randomUUID().toString().substring(0, 8),
                    Json.createObjectBuilder().add("n", i).add("padding", "x".repeat(200)).build()));
        }
        long unpublishedAtKill;
        try (Backbone.TopicReader reader = new Backbone.TopicReader(contentTopic, "nova.content")) {
            try {
                publish(content, written);
                // kill -9 as soon as the relay is under way: with a backlog this size it is inside a batch
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                        .until(() -> reader.snapshot().size() >= 200);
                ProcessHandle server = ProcessHandle.of(pid(Backbone.serverPidFile("content"))).orElseThrow();
                server.destroyForcibly();
                await().atMost(Duration.ofSeconds(30)).until(() -> !server.isAlive());
                unpublishedAtKill = count(content, PENDING, (Object) Backbone.ids(written));
            } finally {
                launcher("up", "--no-build"); // restarts what is down and waits until everything is ready
            }
            assertTrue(unpublishedAtKill > 0, "the relay had finished before the kill; nothing was tested");

            reader.awaitAll(written, Duration.ofMinutes(3));
            Set<UUID> ids = idsOf(written);
            long records = reader.snapshot().stream().filter(r -> ids.contains(idOf(r))).count();
            System.out.printf("relay killed with %d of %d events unpublished; the topic carried %d records (%d repeats)%n",
                    unpublishedAtKill, total, records, records - total);
        }
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() -> logged(written) == total);
        assertEquals(total, count(events, "SELECT count(*) FROM processed_events WHERE consumer = 'nova.events.log' "
                + "AND event_id = ANY(?::uuid[])", (Object) Backbone.ids(written)), "one inbox row per event");
        assertEquals(0, count(events, "SELECT count(*) FROM outbox_events WHERE topic = 'nova.deadletter' "
                + "AND payload -> 'data' -> 'event' ->> 'id' = ANY(?)", (Object) Backbone.ids(written)),
                "a repeat must be skipped by the inbox, never fail as a second insert");
    }

    @Test
    void eventsWrittenWhileTheBrokerIsDownAreAllDeliveredWhenItReturns() throws Exception {
        List<CloudEvent> written = new ArrayList<>();
        Path brokerPid = novaHome().resolve("kafka/kafka.pid");
        try {
            ProcessHandle broker = ProcessHandle.of(pid(brokerPid)).orElseThrow();
            broker.destroy();
            await().atMost(Duration.ofSeconds(60)).until(() -> !broker.isAlive());

            // about ten events a second for 30 s, each in its own transaction, as a context would write them
            java.util.concurrent.ScheduledExecutorService writer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
            java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
            List<CloudEvent> done = java.util.Collections.synchronizedList(written);
            writer.scheduleAtFixedRate(() -> {
                int i = n.getAndIncrement();
                CloudEvent event = contentEvent("outage-" + (i % 20) + "-" + UUID.randomUUID().toString().substring(0, 8),
                        Json.createObjectBuilder().add("n", i).build());
                try {
                    publish(content, List.of(event));
                    done.add(event);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }, 0, 100, java.util.concurrent.TimeUnit.MILLISECONDS);
            try {
                await().atMost(Duration.ofSeconds(60)).until(() -> done.size() >= 300);
            } finally {
                writer.shutdownNow();
                writer.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
            }
            assertTrue(outboxBacklog() > 0, "while the broker is away the relay's backlog metric shows the waiting rows");
            assertEquals(written.size(), count(content, PENDING, (Object) Backbone.ids(written)),
                    "nothing can be published without the broker");
        } finally {
            launcher("up", "--no-build"); // starts the broker again (the servers are left running)
        }
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() ->
                count(content, PENDING, (Object) Backbone.ids(written)) == 0);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> logged(written) == written.size());
        await().atMost(Duration.ofSeconds(30)).until(() -> outboxBacklog() == 0);
    }

    /** content's {@code nova_outbox_backlog} gauge, as Prometheus reads it. */
    private static double outboxBacklog() throws Exception {
        String metrics = Nova.get(CONTENT.http("/metrics?scope=application")).body();
        Matcher m = Pattern.compile("(?m)^nova_outbox_backlog\\{[^}]*} ([0-9.eE+-]+)$").matcher(metrics);
        if (!m.find()) {
            throw new AssertionError("no nova_outbox_backlog in content's metrics");
        }
        return Double.parseDouble(m.group(1));
    }


    private static Set<UUID> idsOf(Collection<CloudEvent> events) {
        Set<UUID> ids = new HashSet<>();
        events.forEach(e -> ids.add(e.id()));
        return ids;
    }

    private static UUID idOf(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record) {
        try {
            return CloudEvent.parse(record.value()).id();
        } catch (CloudEvent.MalformedEventException e) {
            return new UUID(0, 0);
        }
    }
}
