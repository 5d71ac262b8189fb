package nova.platform.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A row the broker refuses for a reason of its own, against the real PostgreSQL and broker: the relay
 * (the same class the servers run, on a producer of the channel's settings) retries it with growing gaps,
 * keeps the other rows flowing, holds the later rows of its aggregate behind it, parks it at the bound,
 * sends it again on request, and parks nothing when the broker is away.
 * <p>
 * Needs a database of its own and the shared broker, so it runs only when told where they are, inside an
 * infra hold (see libs/platform's part of README.md, "Events"):
 * {@code -Dnova.test.db=nova_relayback_test -Dnova.test.db.password=... -Dnova.test.kafka=localhost:9092}.
 */
@EnabledIfSystemProperty(named = "nova.test.kafka", matches = ".+")
class OutboxRowRetryTest {

    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String GOOD = "nova.test.relayback." + RUN;
    static final String MISSING = "nova.test.relayback-missing." + RUN;
    static final OutboxRelay.RowRetry RETRY = new OutboxRelay.RowRetry(Duration.ofSeconds(1), Duration.ofSeconds(4), 3);

    static DataSource db;
    static String bootstrap;
    static Producer<String, byte[]> producer;

    final List<LogRecord> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    final AtomicBoolean running = new AtomicBoolean(true);
    Thread loop;
    OutboxRelay relay;

    @BeforeAll
    static void infrastructure() throws Exception {
        bootstrap = System.getProperty("nova.test.kafka");
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setServerNames(new String[] {"localhost"});
        pg.setPortNumbers(new int[] {Integer.getInteger("nova.test.db.port", 5432)});
        pg.setDatabaseName(System.getProperty("nova.test.db"));
        pg.setUser(System.getProperty("nova.test.db"));
        pg.setPassword(System.getProperty("nova.test.db.password"));
        db = pg;
        Method apply = Class.forName("nova.platform.persistence.SchemaMigrations")
                .getDeclaredMethod("apply", DataSource.class, ClassLoader.class);
        apply.setAccessible(true);
        try {
            apply.invoke(null, db, OutboxRowRetryTest.class.getClassLoader());
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(GOOD, 1, (short) 1))).all().get();
        }
        Map<String, Object> settings = new java.util.HashMap<>(OutboxChannel.producerSettings(bootstrap, "nova-relayback-test"));
        settings.put("max.block.ms", 1000); // a missing topic's metadata wait: the servers' 5 s, shortened
        producer = new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (producer != null) {
            producer.close();
        }
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.deleteTopics(List.of(GOOD, MISSING)).topicNameValues().values().forEach(f -> {
                try {
                    f.get();
                } catch (Exception ignored) { // MISSING may not have been created
                }
            });
        }
    }

    @BeforeEach
    void emptyOutbox() throws SQLException {
        sql("TRUNCATE outbox_pending, outbox_events");
        Logger.getLogger(OutboxClaim.class.getName()).addHandler(capture);
    }

    @AfterEach
    void stop() throws InterruptedException {
        Logger.getLogger(OutboxClaim.class.getName()).removeHandler(capture);
        running.set(false);
        if (relay != null) {
            relay.close();
        }
        if (loop != null) {
            loop.join(20_000);
        }
    }

    @Test
    void aRowForAMissingTopicIsRetriedWithGrowingGapsOthersFlowItsAggregateWaitsAndItIsParked() throws Exception {
        long stuck = write("a-1", MISSING, "{}");
        long other = write("b-1", GOOD, "{}");
        long behind = write("a-1", GOOD, "{}"); // the same aggregate, a later row: waits behind the stuck one
        startRelay(RecordSender.of(producer::send, bootstrap));

        await().atMost(Duration.ofSeconds(30)).until(() -> !pending(other));
        await().atMost(Duration.ofSeconds(30)).until(() -> attempts(stuck) == 1);
        Instant firstFailure = Instant.now();
        Instant due1 = nextAttempt(stuck);
        Duration gap1 = Duration.between(firstFailure, due1);
        long later = write("c-1", GOOD, "{}");
        await().atMost(Duration.ofSeconds(10)).until(() -> !pending(later));
        assertEquals(1, attempts(stuck), "not tried again before its gap is over");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> attempts(stuck) == 2);
        Instant secondFailure = Instant.now();
        // woken by its due time, not by the poll (a minute here): the gap, then the producer's 1 s metadata wait
        assertTrue(secondFailure.isBefore(due1.plusSeconds(5)), "tried again when due: " + due1 + ", tried " + secondFailure);
        Duration gap2 = Duration.between(secondFailure, nextAttempt(stuck));
        assertFalse(secondFailure.isBefore(due1), "the second try came after the first gap");
        assertTrue(gap2.compareTo(gap1.plusMillis(500)) > 0, "the gap grows: " + gap1 + " then " + gap2);
        assertTrue(pending(behind), "the later row of the same aggregate waits");

        await().atMost(Duration.ofSeconds(30)).until(() -> parked(stuck));
        assertEquals(3, attempts(stuck));
        assertTrue(pending(behind), "still waiting behind the parked row");
        OutboxRelay.Backlog backlog = relay.backlog();
        assertEquals(1, backlog.parked());
        assertEquals(2, backlog.rows());
        List<OutboxRelay.ParkedRow> parked = relay.parked(10);
        assertEquals(1, parked.size());
        assertEquals(stuck, parked.get(0).seq());
        assertEquals(MISSING, parked.get(0).topic());
        assertTrue(parked.get(0).lastError().contains("does not exist"), parked.get(0).lastError());
        List<LogRecord> warnings = logged.stream().filter(r -> r.getLevel() == Level.WARNING).toList();
        assertEquals(1, warnings.size(), "one warning, at parking");
        String warning = warnings.get(0).getMessage();
        assertTrue(warning.contains("seq " + stuck) && warning.contains(MISSING), warning);
        assertFalse(warning.contains("secret-payload"), "never the payload");

        long afterParking = write("d-1", GOOD, "{}");
        await().atMost(Duration.ofSeconds(10)).until(() -> !pending(afterParking));
        await().during(RETRY.max().plusMillis(500)).atMost(RETRY.max().plusSeconds(5))
                .until(() -> attempts(stuck) == 3); // a parked row is not tried again, however long


        // the operator creates the topic and sends the parked row again: it goes, then the row behind it
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(MISSING, 1, (short) 1))).all().get();
        }
        assertEquals(1, relay.resendParked(List.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> !pending(stuck) && !pending(behind));
        assertEquals(0, relay.backlog().rows());
    }

    @Test
    void aRowWhoseRecordCannotBeBuiltIsParkedAndTheOthersGo() throws Exception {
        OutboxRelay.RowRetry once = new OutboxRelay.RowRetry(Duration.ofSeconds(1), Duration.ofSeconds(1), 1);
        long bad = write("e-1", GOOD, "{\"traceparent\": 7}"); // a header that is not a string
        long good = write("f-1", GOOD, "{}");
        relay = new OutboxRelay(db, RecordSender.of(producer::send, bootstrap), settings().withRowRetry(once), OutboxRelay.Listener.NONE);

        assertEquals(1, relay.relayBacklog(() -> true));

        assertFalse(pending(good));
        assertTrue(parked(bad));
        assertEquals(1, relay.resendParked(List.of(bad)));
        assertFalse(parked(bad));
        assertEquals(0, relay.resendParked(List.of(bad)), "only parked rows are sent again");
    }

    @Test
    void aBrokerThatIsAwayParksNothingAndChargesNoRow() throws Exception {
        String away = "localhost:" + freePort();
        Map<String, Object> settings = new java.util.HashMap<>(OutboxChannel.producerSettings(away, "nova-relayback-away"));
        settings.put("max.block.ms", 1000);
        long row = write("g-1", GOOD, "{}");
        long other = write("h-1", MISSING + "-x", "{}");
        try (Producer<String, byte[]> nowhere = new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer())) {
            relay = new OutboxRelay(db, RecordSender.of(nowhere::send, away), settings().withRowRetry(RETRY), OutboxRelay.Listener.NONE);
            for (int i = 0; i < 3; i++) {
                assertThrows(OutboxRelay.RelayFailedException.class, () -> relay.relayBacklog(() -> true),
                        "the relay as a whole fails: its loop backs off");
            }
        }

        for (long seq : List.of(row, other)) {
            assertTrue(pending(seq));
            assertFalse(parked(seq));
            assertEquals(0, attempts(seq), "no row is charged for the broker's absence");
            assertNull(nextAttempt(seq), "and none waits: all go as soon as the broker is back");
        }
        assertEquals(0, relay.backlog().parked());
    }

    private void startRelay(RecordSender sender) {
        relay = new OutboxRelay(db, sender, settings().withRowRetry(RETRY), OutboxRelay.Listener.NONE);
        loop = new Thread(() -> relay.run(running::get), "relayback-test-relay");
        loop.start();
    }

    private static OutboxRelay.Settings settings() {
        // a poll far longer than any wait here: what the relay does, a commit notification or a due retry woke it for
        return new OutboxRelay.Settings(100, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(1));
    }

    private static long write(String aggregate, String topic, String headers) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO outbox_events (id, aggregate_type, aggregate_id, type, payload, headers, topic)
                VALUES (?, 'thing', ?, 'test.thing.done', '{"note": "secret-payload"}'::jsonb, ?::jsonb, ?) RETURNING seq""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, aggregate);
            insert.setString(3, headers);
            insert.setString(4, topic);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static boolean pending(long seq) throws SQLException {
        return value("SELECT count(*) FROM outbox_pending WHERE seq = " + seq) == 1;
    }

    private static int attempts(long seq) throws SQLException {
        return (int) value("SELECT COALESCE(max(attempts), -1) FROM outbox_pending WHERE seq = " + seq);
    }

    private static boolean parked(long seq) throws SQLException {
        return value("SELECT count(*) FROM outbox_pending WHERE parked_at IS NOT NULL AND next_attempt_at = 'infinity' AND seq = " + seq) == 1;
    }

    private static Instant nextAttempt(long seq) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT next_attempt_at FROM outbox_pending WHERE seq = " + seq)) {
            rs.next();
            OffsetDateTime at = rs.getObject(1, OffsetDateTime.class);
            return at == null ? null : at.toInstant();
        }
    }

    private static long value(String query) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
