package nova.system;

import static org.awaitility.Awaitility.await;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import nova.platform.events.CloudEvent;
import nova.platform.events.OutboxChannel;
import nova.platform.events.OutboxEntry;
import nova.platform.events.OutboxWriter;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.postgresql.ds.PGSimpleDataSource;

/** What the event-backbone tests share: the contexts' databases, their outboxes, topic readers, the events API. */
final class Backbone {

    /** A producer with the servers' relay settings (OutboxChannel's), for what the tests publish themselves. */
    static Producer<String, byte[]> producer(String clientId) {
        return new KafkaProducer<>(OutboxChannel.producerSettings(Nova.kafkaBootstrap(), clientId), new StringSerializer(),
                new ByteArraySerializer());
    }

    static final Nova.Server CONTENT = server("content");
    static final Nova.Server EVENTS = server("events");

    /** Of the outbox rows with these event ids (a text[] of UUIDs), how many are still to be sent. */
    static final String PENDING = """
            SELECT count(*) FROM outbox_events e JOIN outbox_pending p ON p.seq = e.seq WHERE e.id = ANY(?::uuid[])""";
    /** Whether the outbox row of this event id has been published (1) or not (0). */
    static final String PUBLISHED = """
            SELECT count(*) FROM outbox_events e
            WHERE e.id = ? AND NOT EXISTS (SELECT 1 FROM outbox_pending p WHERE p.seq = e.seq)""";

    private Backbone() {
    }

    static Nova.Server server(String name) {
        return Nova.SERVERS.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    static DataSource database(Nova.Server server) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"localhost"});
        ds.setDatabaseName(server.database());
        ds.setUser(server.database());
        ds.setPassword(server.dbPassword());
        return ds;
    }

    /**
     * The type of the backbone tests' synthetic events (payloads such as {@code {"n": 1}}): a content type that no
     * context's consumer handles, so only the events log (which takes every type) reads them. With a real type such
     * as {@code content.post.created}, communication, social and search each read and dead-lettered every one of the
     * thousands these tests publish, and real events queued behind them.
     */
    static final String PROBE = "content.probe.sent";
    /** A second probe type, for what needs two types (the event log's filter by type). */
    static final String PROBE_AMENDED = "content.probe.amended";

    /** A synthetic content event ({@link #PROBE}) about {@code aggregate}, carrying {@code data}. */
    static CloudEvent contentEvent(String aggregate, JsonObject data) {
        return CloudEvent.of("content", PROBE, aggregate, data);
    }

    /** Writes the events into {@code server}'s outbox in one committed transaction. */
    static void publish(DataSource db, Collection<CloudEvent> events) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            OutboxWriter.writeAll(c, events.stream().map(e -> OutboxEntry.of("post", e)).toList());
            c.commit();
        }
    }

    static long count(DataSource db, String sql, Object... args) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i] instanceof String[] texts ? c.createArrayOf("text", texts) : args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String[] ids(Collection<CloudEvent> events) {
        return events.stream().map(e -> e.id().toString()).toArray(String[]::new);
    }

    /** How many of these events are in the events context's log. */
    static long logged(Collection<CloudEvent> events) throws SQLException {
        try (Connection c = database(EVENTS).getConnection();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM domain_events WHERE event_id = ANY(?::uuid[])")) {
            s.setArray(1, c.createArrayOf("text", ids(events)));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String createTopic(String prefix) {
        return nova.testsupport.Topics.create(prefix);
    }

    /**
     * test-support's reader of a topic: every partition from its end at opening, every record kept. Its consumer is
     * the test class's own MicroShed Testing client (a {@code @KafkaConsumerClient} field), which the reader takes
     * over from its group subscription before it ever joins: a test awaits what its own action publishes, so it
     * must start at the topic's end at that moment (a subscribed group would start wherever the group last
     * committed, or at the beginning, and would hand partitions out only after a rebalance).
     */
    static final class TopicReader extends nova.testsupport.TopicReader {
        TopicReader(KafkaConsumer<String, byte[]> microShedConsumer, String topic) {
            super(microShedConsumer, topic);
        }
    }

    // --- the events context's operator API ------------------------------------------------------

    static HttpResponse<String> admin(String method, String path) throws IOException, InterruptedException {
        String credentials = Nova.env("NOVA_ADMIN_USER") + ":" + Nova.env("NOVA_ADMIN_PASSWORD");
        return as(method, path, "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    static HttpResponse<String> as(String method, String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(EVENTS.http(path)).timeout(Duration.ofSeconds(20))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return Nova.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonArray jsonArray(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }

    /** The dead letters of one consumer, newest first. */
    static List<JsonObject> deadLetters(String consumer) throws IOException, InterruptedException {
        HttpResponse<String> response = admin("GET", "/dead-letters?consumer=" + consumer + "&limit=500");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /dead-letters: " + response.statusCode() + " " + response.body());
        }
        return jsonArray(response.body()).getValuesAs(JsonObject.class);
    }

    // --- the running system, as the launcher left it --------------------------------------------

    static Path novaHome() {
        String home = System.getenv("NOVA_HOME");
        return home != null ? Path.of(home) : Path.of("..", ".nova").toAbsolutePath().normalize();
    }

    /** Where Liberty keeps a running server's process id. */
    static Path serverPidFile(String server) {
        return novaHome().resolve("wlp/usr/servers/.pid/" + server + ".pid");
    }

    static long pid(Path pidFile) throws IOException {
        return Long.parseLong(Files.readString(pidFile).trim());
    }

    /** What a test does while one server is stopped. */
    interface WhileStopped {
        void run() throws Exception;
    }

    /**
     * Stops {@code server} (SIGTERM: Liberty stops cleanly), runs {@code body} once it is gone, then has the launcher
     * start whatever is down again and wait until everything is ready, whether {@code body} passed or not.
     */
    static void whileStopped(String server, WhileStopped body) throws Exception {
        ProcessHandle process = ProcessHandle.of(pid(serverPidFile(server))).orElseThrow();
        try {
            process.destroy();
            await().atMost(Duration.ofSeconds(90)).until(() -> !process.isAlive());
            body.run();
        } finally {
            launcher("up", "--no-build");
        }
    }

    /** Runs the launcher ({@code ./nova ARGS}) and waits for it: restarts whatever is down, waits until ready. */
    static void launcher(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of("..", "nova").toAbsolutePath().normalize().toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(novaHome().resolve("logs/system-tests-launcher.log").toFile()))
                .start();
        if (!process.waitFor(8, java.util.concurrent.TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("./nova " + String.join(" ", args) + " failed: see "
                    + novaHome().resolve("logs/system-tests-launcher.log"));
        }
    }

    static Instant now() {
        return Instant.now();
    }
}
