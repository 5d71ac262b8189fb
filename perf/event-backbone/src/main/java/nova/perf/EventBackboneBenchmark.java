package nova.perf;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nova.platform.events.CloudEvent;
import nova.platform.events.OutboxChannel;
import nova.platform.events.OutboxEntry;
import nova.platform.events.OutboxRelay;
import nova.platform.events.OutboxWriter;
import nova.platform.events.RecordSender;
import nova.platform.events.TraceContext;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The event backbone's benchmark (issue 3), run by {@code perf/events}. Against one broker, in one
 * run, it measures:
 * <ol>
 * <li><b>raw</b>: Kafka's own producer performance tool ({@code kafka-producer-perf-test},
 * {@link org.apache.kafka.tools.ProducerPerformance}) in a child JVM: 1 KB records, {@code acks=all},
 * idempotent, unthrottled;</li>
 * <li><b>relay throughput</b>: a backlog of 1 KB CloudEvents in {@code outbox_events} drained by
 * {@link OutboxRelay#relayBacklog} (as {@link OutboxRelay#run} does) until a claim comes back short, once
 * per batch size and pipeline depth (the server's, and 1: a batch at a time), and once more as the
 * server runs it but with a retention of zero (outbox rows deleted along with their pending rows
 * when published), with each phase's time
 * and where the CPU went;</li>
 * <li><b>latency</b>: the relay running as in a server ({@link OutboxRelay#run}, woken by
 * LISTEN/NOTIFY), writers committing one event per transaction at a fixed rate, a consumer timing
 * each event from the writer's commit to its arrival.</li>
 * </ol>
 * Everything happens in the {@code nova_perf} database and on the {@code nova.perf} topic. Prints
 * its figures; asserts nothing (it is not a test), but says whether each target was met.
 *
 * <p>Settings are system properties ({@code -Dbench.records=300000} …, see {@link Config}).
 */
public final class EventBackboneBenchmark {

    static final String TOPIC = "nova.perf";
    /**
     * {@code -Dbench.server=content}: the relay measured is the one inside that running Liberty server
     * (OutboxChannel's emitter on the liberty-kafka connector, as in production), fed through its own
     * database; rows go to nova.perf, so none of the server's consumers sees them. Without it, the
     * benchmark runs OutboxRelay itself with a producer of the channel's settings.
     */
    static final String SERVER = System.getProperty("bench.server");
    /** The measured server run's phases per 1,000 rows, for the summary. */
    static String serverPhasesMeasured = "";
    static final String SOURCE = "perf";
    static final String EVENT_TYPE = "perf.item.created";
    static final String AGGREGATE_TYPE = "item";

    private EventBackboneBenchmark() {
    }

    /** What to measure, and how hard. */
    record Config(String bootstrap, String dbHost, int dbPort, String dbName, String dbUser, String dbPassword,
                  int partitions, int records, int recordSize, int aggregates, int fillBatch, List<Integer> batchSizes,
                  List<Integer> depths, boolean deleteRun, int rate, int seconds, int warmupSeconds, int writers,
                  String childJavaOptions, boolean pooled, boolean fillWithWriter) {

        Config withRecords(int n) {
            return new Config(bootstrap, dbHost, dbPort, dbName, dbUser, dbPassword, partitions, n, recordSize,
                    aggregates, fillBatch, batchSizes, depths, deleteRun, rate, seconds, warmupSeconds, writers,
                    childJavaOptions, pooled, fillWithWriter);
        }

        static Config fromEnvironment() {
            return new Config(
                    env("NOVA_KAFKA_BOOTSTRAP", "localhost:" + env("NOVA_KAFKA_PORT", "9092")),
                    env("NOVA_DB_HOST", "localhost"),
                    Integer.parseInt(env("NOVA_DB_PORT", "5432")),
                    SERVER == null ? "nova_perf" : "nova_" + SERVER, SERVER == null ? "nova_perf" : "nova_" + SERVER,
                    SERVER == null ? env("NOVA_DB_PASSWORD_PERF", "nova-perf-local")
                            : env("NOVA_DB_PASSWORD_" + SERVER.toUpperCase(Locale.ROOT), "nova-" + SERVER + "-local"),
                    Integer.getInteger("bench.partitions", 6),
                    Integer.getInteger("bench.records", 300_000),
                    Integer.getInteger("bench.record.size", 1024),
                    Integer.getInteger("bench.aggregates", 1000),
                    Integer.getInteger("bench.fill.batch", 1000),
                    integers(System.getProperty("bench.batch.sizes", "1000,2000")),
                    // the server's pipeline depth, and 1 (a batch at a time) to see what pipelining gives
                    integers(System.getProperty("bench.pipeline.depths",
                            OutboxRelay.Settings.DEFAULT_PIPELINE_DEPTH + ",1")),
                    // one more run as the servers run, but with retention 0: rows deleted when published
                    Boolean.parseBoolean(System.getProperty("bench.retention.zero", "true")),
                    Integer.getInteger("bench.rate", 500),
                    Integer.getInteger("bench.seconds", 30),
                    Integer.getInteger("bench.warmup.seconds", 2),
                    Integer.getInteger("bench.writers", 4),
                    System.getProperty("bench.child.java.options", "-Xmx512m"),
                    Boolean.parseBoolean(System.getProperty("bench.pooled", "true")),
                    "writer".equals(System.getProperty("bench.fill", "sql")));
        }

        private static List<Integer> integers(String list) {
            return Arrays.stream(list.split(",")).map(String::trim).map(Integer::valueOf).toList();
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }

    record Raw(long records, double recordsPerSecond, double mbPerSecond, double avgLatencyMs, double maxLatencyMs,
               int p50Ms, int p95Ms, int p99Ms, String summaryLine) {
    }

    record RelayRun(int batchSize, int depth, boolean deleting, int records, double seconds, double recordsPerSecond,
                    double mbPerSecond, int batches, double fillSeconds, Phases phases, Cpu cpu) {

        boolean isServerDefault() {
            OutboxRelay.Settings defaults = OutboxRelay.Settings.defaults();
            return batchSize == defaults.batchSize() && depth == defaults.pipelineDepth() && !deleting;
        }

        String label() {
            return label(batchSize, depth, deleting);
        }

        static String label(int batchSize, int depth, boolean deleting) {
            return "batch " + batchSize + ", depth " + depth + (deleting ? ", retention 0: deleted when published" : "");
        }
    }

    /**
     * The relay's way out here: a producer with the servers' channel settings
     * ({@link OutboxChannel#producerSettings}); in a server, records leave through OutboxChannel's emitter.
     */
    static Producer<String, byte[]> producer(String bootstrap, String clientId) {
        return new KafkaProducer<>(OutboxChannel.producerSettings(bootstrap, clientId), new StringSerializer(),
                new ByteArraySerializer());
    }

    /** The relay's batches' phases ({@link OutboxRelay.BatchTimes}) summed; overlapping batches add up to more than the wall time. */
    static final class Phases implements OutboxRelay.Listener {
        final AtomicLong rows = new AtomicLong();
        final AtomicLong published = new AtomicLong();
        final AtomicLong batches = new AtomicLong();
        final AtomicLong claim = new AtomicLong();
        final AtomicLong send = new AtomicLong();
        final AtomicLong acks = new AtomicLong();
        final AtomicLong mark = new AtomicLong();
        final AtomicLong connect = new AtomicLong();
        final AtomicLong query = new AtomicLong();
        final AtomicLong read = new AtomicLong();
        final AtomicLong heldBack = new AtomicLong();
        final AtomicLong build = new AtomicLong();
        final AtomicLong handOver = new AtomicLong();
        final AtomicLong sendTurn = new AtomicLong();

        @Override
        public void published(List<Duration> lags) {
            published.addAndGet(lags.size());
        }

        @Override
        public void timed(OutboxRelay.BatchTimes times) {
            if (times.rows() == 0) {
                return; // the last, empty claim of a drain
            }
            batches.incrementAndGet();
            rows.addAndGet(times.rows());
            claim.addAndGet(times.claim().toNanos());
            send.addAndGet(times.send().toNanos());
            acks.addAndGet(times.acks().toNanos());
            mark.addAndGet(times.mark().toNanos());
            connect.addAndGet(times.connect().toNanos());
            query.addAndGet(times.query().toNanos());
            read.addAndGet(times.read().toNanos());
            heldBack.addAndGet(times.heldBack().toNanos());
            build.addAndGet(times.build().toNanos());
            handOver.addAndGet(times.handOver().toNanos());
            sendTurn.addAndGet(times.sendTurn().toNanos());
        }

        /** Milliseconds per 1,000 rows: claim+read, send (hand to producer), wait for acks, mark+commit, and their parts. */
        String perThousand() {
            double k = Math.max(1, rows.get()) / 1000.0;
            return describePhases(Map.ofEntries(Map.entry("claim", ms(claim.get()) / k), Map.entry("send", ms(send.get()) / k),
                    Map.entry("acks", ms(acks.get()) / k), Map.entry("mark", ms(mark.get()) / k),
                    Map.entry("connect", ms(connect.get()) / k), Map.entry("query", ms(query.get()) / k),
                    Map.entry("read", ms(read.get()) / k), Map.entry("held_back", ms(heldBack.get()) / k),
                    Map.entry("build", ms(build.get()) / k), Map.entry("hand_over", ms(handOver.get()) / k),
                    Map.entry("send_turn", ms(sendTurn.get()) / k)));
        }
    }

    /** Phase milliseconds per 1,000 rows, by timer name (claim, send, acks, mark and the claim's and send's parts). */
    static String describePhases(Map<String, Double> ms) {
        return String.format(Locale.ROOT, "claim+read %.1f (connect %.1f, query %.1f, read rows %.1f, held-back check %.1f), "
                        + "send %.1f (build records %.1f, hand over %.1f), wait for the send turn %.1f, wait for acks %.1f, "
                        + "mark+commit %.1f",
                ms.get("claim"), ms.get("connect"), ms.get("query"), ms.get("read"), ms.get("held_back"),
                ms.get("send"), ms.get("build"), ms.get("hand_over"), ms.getOrDefault("send_turn", 0.0), ms.get("acks"),
                ms.get("mark"));
    }

    record Latency(int sent, int received, int duplicates, int measured, double[] percentilesMs, double maxMs,
                   double meanMs, double achievedRate, double maxBehindScheduleMs, double commitP50Ms,
                   double commitP99Ms, double relayLagP50Ms, double relayLagP99Ms) {
    }

    public static void main(String[] args) throws Exception {
        Config config = Config.fromEnvironment();
        Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        say("event backbone benchmark: broker %s, database %s@%s:%d/%s, %d cores, topic %s (%d partitions)",
                config.bootstrap(), config.dbUser(), config.dbHost(), config.dbPort(), config.dbName(),
                Runtime.getRuntime().availableProcessors(), TOPIC, config.partitions());

        ensureTopic(config);
        DataSource dataSource = dataSource(config);
        if (SERVER == null) {
            migrate(dataSource);
        } else {
            say("relay: the one inside the running %s server (OutboxChannel -> liberty-kafka), database %s",
                    SERVER, config.dbName());
        }
        int payloadPad = calibratePadding(dataSource, config.recordSize());

        say("");
        say("[1/3] raw: kafka-producer-perf-test, %,d records of %d B, acks=all, idempotent, unthrottled",
                config.records(), config.recordSize());
        Cpu.Sample beforeRaw = Cpu.sample();
        Raw raw = rawProducer(config);
        Cpu rawCpu = Cpu.between(beforeRaw, Cpu.sample(), raw.records());
        if (rawCpu != null) {
            say("  CPU per record: %s", rawCpu.describe("producer JVM"));
        }

        say("");
        say("[2/3] relay throughput: %,d outbox rows of ~%d B (%d aggregates), drained by OutboxRelay.relayBacklog()",
                config.records(), config.recordSize(), config.aggregates());
        List<RelayRun> relays = new ArrayList<>();
        double payloadBytes = 0;
        // shorter passes warm this JVM up (JIT, producer), one per pipeline depth, so that no measured run pays for
        // compiling what the others then use; a server's relay runs for days
        Config warmup = config.withRecords(Math.min(config.records(), 50_000));
        if (SERVER != null) {
            serverRelayThroughput(warmup, dataSource, payloadPad, true);
            RelayRun run = serverRelayThroughput(config, dataSource, payloadPad, false);
            relays.add(run);
            payloadBytes = run.mbPerSecond() * 1024 * 1024 / run.recordsPerSecond();
        }
        for (int depth : SERVER == null ? config.depths() : List.<Integer>of()) {
            relayThroughput(warmup, dataSource, config.batchSizes().get(0), depth, false, payloadPad, true);
        }
        for (int depth : SERVER == null ? config.depths() : List.<Integer>of()) {
            for (int batchSize : config.batchSizes()) {
                RelayRun run = relayThroughput(config, dataSource, batchSize, depth, false, payloadPad, false);
                relays.add(run);
                payloadBytes = run.mbPerSecond() * 1024 * 1024 / run.recordsPerSecond();
            }
        }
        if (config.deleteRun() && SERVER == null) {
            OutboxRelay.Settings defaults = OutboxRelay.Settings.defaults();
            relays.add(relayThroughput(config, dataSource, defaults.batchSize(), defaults.pipelineDepth(), true, payloadPad,
                    false));
        }

        say("");
        say("[3/3] latency: %d events/s for %d s, one event per transaction (%d writers), relay woken by NOTIFY, "
                + "commit -> consumer", config.rate(), config.seconds(), config.writers());
        Latency latency = latency(config, dataSource, payloadPad);

        truncate(dataSource); // leave the benchmark database small
        printSummary(config, raw, rawCpu, relays, latency, payloadBytes);
    }

    // --- set-up --------------------------------------------------------------------------------

    /** Creates nova.perf if it is missing; its retention is bounded so repeated runs do not fill the disk. */
    static void ensureTopic(Config config) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrap());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000);
        try (Admin admin = Admin.create(props)) {
            Set<String> topics = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            if (!topics.contains(TOPIC)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, config.partitions(), (short) 1).configs(Map.of(
                        "min.insync.replicas", "1",
                        "segment.bytes", String.valueOf(64 * 1024 * 1024),
                        "retention.bytes", String.valueOf(256L * 1024 * 1024),
                        "retention.ms", String.valueOf(Duration.ofHours(1).toMillis())))))
                        .all().get(60, TimeUnit.SECONDS);
                say("created topic %s (%d partitions, retention 1 h / 256 MiB per partition)", TOPIC, config.partitions());
            } else {
                int partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames().get(60, TimeUnit.SECONDS)
                        .get(TOPIC).partitions().size();
                if (partitions < config.partitions()) {
                    admin.createPartitions(Map.of(TOPIC, NewPartitions.increaseTo(config.partitions())))
                            .all().get(60, TimeUnit.SECONDS);
                }
            }
        }
    }

    static DataSource dataSource(Config config) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setServerNames(new String[] {config.dbHost()});
        pg.setPortNumbers(new int[] {config.dbPort()});
        pg.setDatabaseName(config.dbName());
        pg.setUser(config.dbUser());
        pg.setPassword(config.dbPassword());
        pg.setApplicationName("nova-perf-event-backbone");
        pg.setReWriteBatchedInserts(true);
        return config.pooled() ? new ReusingDataSource(pg) : pg;
    }

    /** The platform's schema (outbox, inbox, relay trigger) exactly as a server applies it at start. */
    static void migrate(DataSource dataSource) throws Exception {
        // SchemaMigrations is the platform's own (package-private) entry point: call it, do not copy it
        Method apply = Class.forName("nova.platform.persistence.SchemaMigrations")
                .getDeclaredMethod("apply", DataSource.class, ClassLoader.class);
        apply.setAccessible(true);
        try {
            apply.invoke(null, dataSource, EventBackboneBenchmark.class.getClassLoader());
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** How much padding makes payload::text (what the relay sends) about {@code recordSize} bytes. */
    static int calibratePadding(DataSource dataSource, int recordSize) throws SQLException {
        String json = entry(UUID.randomUUID(), 0, 0, 0).payload().toString();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT octet_length(?::jsonb::text)")) {
            s.setString(1, json);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return Math.max(0, recordSize - rs.getInt(1));
            }
        }
    }

    /** One ~1 KB CloudEvent for the outbox, to nova.perf, keyed by aggregate {@code n % aggregates}. */
    static OutboxEntry entry(UUID id, long n, int aggregate, int pad) {
        JsonObject data = Json.createObjectBuilder()
                .add("n", n)
                .add("body", "x".repeat(pad))
                .build();
        CloudEvent event = new CloudEvent(id, SOURCE, EVENT_TYPE, "item-" + aggregate, Instant.now(), 1,
                TraceContext.childOfCurrent(), data);
        return OutboxEntry.of(AGGREGATE_TYPE, event);
    }

    static void truncate(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (SERVER == null) {
                s.execute("TRUNCATE outbox_events, outbox_pending");
            } else { // a server's database: only the benchmark's own rows
                s.execute("DELETE FROM outbox_pending p USING outbox_events e WHERE p.seq = e.seq AND e.topic = '" + TOPIC + "'");
                s.execute("DELETE FROM outbox_events WHERE topic = '" + TOPIC + "'");
            }
        }
    }

    /**
     * The server's relay draining a backlog: the rows are written in one transaction (the relay sees
     * none before its commit), and the clock runs from that commit until no row is pending.
     */
    static RelayRun serverRelayThroughput(Config config, DataSource dataSource, int pad, boolean warmup) throws Exception {
        String label = (warmup ? "warm-up (not counted), " : "") + "relay in the " + SERVER + " server";
        truncate(dataSource);
        long t0 = System.nanoTime();
        fillWithSql(config, dataSource, pad); // one statement, one transaction
        long start = System.nanoTime();
        Cpu.Sample before = Cpu.sample();
        Map<String, Double> phasesBefore = serverPhases(config);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // the newest pending row goes last and is found at the end of the primary key: a cheap look, every 20 ms
            while (true) {
                try (ResultSet rs = s.executeQuery("SELECT max(seq) FROM outbox_pending")) {
                    rs.next();
                    rs.getLong(1);
                    if (rs.wasNull()) {
                        break;
                    }
                }
                if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(10)) {
                    throw new IllegalStateException("the server's relay did not drain the backlog in 10 minutes");
                }
                Thread.sleep(20);
            }
        }
        long end = System.nanoTime();
        Cpu cpu = Cpu.between(before, Cpu.sample(), config.records());
        double secs = seconds(end - start);
        double rate = config.records() / secs;
        double avgBytes = config.recordSize();
        RelayRun run = new RelayRun(OutboxRelay.Settings.defaults().batchSize(), OutboxRelay.Settings.DEFAULT_PIPELINE_DEPTH,
                false, config.records(), secs, rate, rate * avgBytes / (1024 * 1024), 0, seconds(start - t0), new Phases(), cpu);
        say("  %s: %,d rows written in %.1f s, relayed in %.2f s = %,.0f records/s", label, config.records(),
                run.fillSeconds(), secs, rate);
        Map<String, Double> phasesAfter = serverPhases(config);
        double k = config.records() / 1000.0;
        Map<String, Double> perThousand = new HashMap<>();
        phasesAfter.forEach((phase, sum) -> perThousand.put(phase, (sum - phasesBefore.get(phase)) * 1000 / k));
        if (!warmup) {
            serverPhasesMeasured = describePhases(perThousand);
        }
        say("    per 1,000 rows: %.1f ms wall; phases summed over the server's batches (its nova_outbox_batch_* timers), ms: %s",
                secs * 1000 / k, describePhases(perThousand));
        if (cpu != null) {
            say("    CPU per record: %s", cpu.describe("benchmark JVM (polling)"));
        }
        return run;
    }

    private static final Pattern PHASE_SUM = Pattern.compile(
            "^nova_outbox_batch_(claim|send|acks|mark|connect|query|read|held_back|build|hand_over|send_turn)_seconds_sum\\{[^}]*\\} ([0-9.eE+-]+)$",
            Pattern.MULTILINE);

    /** The server relay's phase timers, total seconds each, from its /metrics. */
    static Map<String, Double> serverPhases(Config config) throws Exception {
        int port = Integer.getInteger("bench.server.port", 9083);
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/metrics?scope=application"))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        Map<String, Double> sums = new HashMap<>();
        for (String phase : List.of("claim", "send", "acks", "mark", "connect", "query", "read", "held_back", "build", "hand_over",
                "send_turn")) {
            sums.put(phase, 0.0);
        }
        Matcher m = PHASE_SUM.matcher(response.body());
        while (m.find()) {
            sums.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return sums;
    }

    // --- 1. raw producer -----------------------------------------------------------------------

    private static final Pattern PERF_SUMMARY = Pattern.compile(
            "(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\), ([\\d.]+) ms avg latency, "
            + "([\\d.]+) ms max latency, (\\d+) ms 50th, (\\d+) ms 95th, (\\d+) ms 99th.*");

    static Raw rawProducer(Config config) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        command.addAll(Arrays.asList(config.childJavaOptions().trim().split("\\s+")));
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(List.of("org.apache.kafka.tools.ProducerPerformance",
                "--topic", TOPIC,
                "--num-records", String.valueOf(config.records()),
                "--record-size", String.valueOf(config.recordSize()),
                "--throughput", "-1",
                "--producer-props", "bootstrap.servers=" + config.bootstrap(), "acks=all", "enable.idempotence=true"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Matcher last = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                say("    | %s", line);
                Matcher m = PERF_SUMMARY.matcher(line.trim());
                if (m.matches()) {
                    last = m;
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || last == null) {
            throw new IllegalStateException("kafka-producer-perf-test failed (exit " + exit + ", no summary line)");
        }
        return new Raw(Long.parseLong(last.group(1)), Double.parseDouble(last.group(2)),
                Double.parseDouble(last.group(3)), Double.parseDouble(last.group(4)), Double.parseDouble(last.group(5)),
                Integer.parseInt(last.group(6)), Integer.parseInt(last.group(7)), Integer.parseInt(last.group(8)),
                last.group());
    }

    // --- 2. relay throughput -------------------------------------------------------------------

    /** The backlog through the platform's own write path: OutboxWriter.writeAll, one transaction per chunk. */
    static void fillWithWriter(Config config, DataSource dataSource, int pad) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<OutboxEntry> chunk = new ArrayList<>(config.fillBatch());
            for (int n = 0; n < config.records(); n++) {
                chunk.add(entry(UUID.randomUUID(), n, n % config.aggregates(), pad));
                if (chunk.size() == config.fillBatch() || n == config.records() - 1) {
                    OutboxWriter.writeAll(c, chunk);
                    c.commit();
                    chunk.clear();
                }
            }
        }
    }

    /**
     * The same rows as {@link #fillWithWriter} (a CloudEvent per row, as {@link CloudEvent#toJsonObject()}
     * and {@code OutboxEntry.headers()} make them), built inside PostgreSQL: five times faster, so a
     * 300 000-row backlog costs seconds instead of a minute. {@link #checkBacklog} compares them.
     */
    static void fillWithSql(Config config, DataSource dataSource, int pad) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("""
                     INSERT INTO outbox_events (id, topic, aggregate_type, aggregate_id, type, payload, headers)
                     SELECT e.id, ?, ?, e.subject, ?,
                            jsonb_build_object('specversion', '1.0', 'id', e.id, 'source', ?, 'type', ?,
                                'subject', e.subject,
                                'time', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                                'datacontenttype', 'application/json', 'dataschemaversion', 1, 'traceparent', e.tp,
                                'data', jsonb_build_object('n', e.n, 'body', repeat('x', ?))),
                            jsonb_build_object('content-type', ?, 'traceparent', e.tp)
                     FROM (SELECT n, gen_random_uuid() AS id, 'item-' || (n % ?) AS subject,
                                  '00-' || md5(random()::text) || '-' || left(md5(random()::text), 16) || '-01' AS tp
                           FROM generate_series(0, ? - 1) n) e
                     ORDER BY e.n""")) {
            int p = 1;
            insert.setString(p++, TOPIC);
            insert.setString(p++, AGGREGATE_TYPE);
            insert.setString(p++, EVENT_TYPE);
            insert.setString(p++, SOURCE);
            insert.setString(p++, EVENT_TYPE);
            insert.setInt(p++, pad);
            insert.setString(p++, CloudEvent.CONTENT_TYPE);
            insert.setInt(p++, config.aggregates());
            insert.setInt(p, config.records());
            insert.executeUpdate();
        }
    }

    /** The backlog's first and last rows are CloudEvents shaped exactly like the platform's own rows. */
    static void checkBacklog(DataSource dataSource, int pad) throws SQLException {
        OutboxEntry reference = entry(UUID.randomUUID(), 0, 0, pad);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT topic, payload::text, headers::text FROM outbox_events
                     WHERE seq IN ((SELECT min(seq) FROM outbox_events), (SELECT max(seq) FROM outbox_events))""")) {
            while (rs.next()) {
                CloudEvent event = CloudEvent.parse(rs.getString(2));
                JsonObject payload = Json.createReader(new java.io.StringReader(rs.getString(2))).readObject();
                JsonObject headers = Json.createReader(new java.io.StringReader(rs.getString(3))).readObject();
                if (!TOPIC.equals(rs.getString(1)) || !EVENT_TYPE.equals(event.type())
                        || !payload.keySet().equals(reference.payload().keySet())
                        || !headers.keySet().equals(Set.of("content-type", "traceparent"))) {
                    throw new IllegalStateException("backlog row is not shaped like the platform's: " + rs.getString(2));
                }
            }
        }
    }

    static RelayRun relayThroughput(Config config, DataSource dataSource, int batchSize, int depth, boolean deleting,
                                    int pad, boolean warmup) throws Exception {
        String label = (warmup ? "warm-up (not counted), " : "") + RelayRun.label(batchSize, depth, deleting);
        truncate(dataSource);
        long t0 = System.nanoTime();
        if (config.fillWithWriter()) {
            fillWithWriter(config, dataSource, pad);
        } else {
            fillWithSql(config, dataSource, pad);
        }
        double fillSeconds = seconds(System.nanoTime() - t0);
        double avgBytes;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // a backlog the planner knows, as in a running server
            s.execute("VACUUM ANALYZE outbox_events");
            s.execute("VACUUM ANALYZE outbox_pending");
            try (ResultSet rs = s.executeQuery("SELECT avg(octet_length(payload::text)) FROM outbox_events")) {
                rs.next();
                avgBytes = rs.getDouble(1);
            }
        }
        checkBacklog(dataSource, pad);
        say("  %s: backlog of %,d rows written in %.1f s (%s); payload avg %.0f B", label, config.records(),
                fillSeconds, config.fillWithWriter() ? "OutboxWriter.writeAll, " + config.fillBatch() + " per transaction"
                        : "INSERT ... SELECT generate_series", avgBytes);

        Phases phases = new Phases();
        OutboxRelay.Settings settings = new OutboxRelay.Settings(batchSize, Duration.ofSeconds(5),
                deleting ? Duration.ZERO : Duration.ofHours(24), Duration.ofMinutes(10), depth);
        long start;
        long end;
        Cpu.Sample before;
        Cpu.Sample after;
        // what a server does with a backlog: OutboxRelay.run drains it with relayBacklog before it waits
        try (Producer<String, byte[]> producer = producer(config.bootstrap(), "perf-relay-" + batchSize);
             OutboxRelay relay = new OutboxRelay(dataSource, RecordSender.of(producer::send), settings, phases)) {
            before = Cpu.sample();
            start = System.nanoTime();
            relay.relayBacklog(() -> true);
            end = System.nanoTime();
            after = Cpu.sample();
            long left = relay.backlog().rows();
            if (left != 0 || phases.published.get() != config.records()) {
                throw new IllegalStateException("relay did not drain the backlog: " + phases.published.get()
                        + " published, " + left + " left");
            }
        }
        double secs = seconds(end - start);
        double rate = config.records() / secs;
        Cpu cpu = Cpu.between(before, after, config.records());
        RelayRun run = new RelayRun(batchSize, depth, deleting, config.records(), secs, rate,
                rate * avgBytes / (1024 * 1024), (int) phases.batches.get(), fillSeconds, phases, cpu);
        say("  %s: %,d rows relayed in %.2f s = %,.0f records/s (%.2f MB/s), %d batches",
                label, config.records(), secs, run.recordsPerSecond(), run.mbPerSecond(), run.batches());
        say("    per 1,000 rows: %.1f ms wall; phases summed over batches: %s ms", secs * 1000 / (config.records() / 1000.0),
                phases.perThousand());
        if (cpu != null) {
            say("    CPU per record: %s", cpu.describe("relay JVM"));
        }
        return run;
    }

    // --- 3. latency ----------------------------------------------------------------------------

    static Latency latency(Config config, DataSource dataSource, int pad) throws Exception {
        truncate(dataSource);
        int total = config.rate() * config.seconds();
        int warmup = config.rate() * config.warmupSeconds();
        UUID[] ids = new UUID[total];
        Map<UUID, Integer> index = new HashMap<>(total * 2);
        for (int i = 0; i < total; i++) {
            ids[i] = UUID.randomUUID();
            index.put(ids[i], i);
        }
        long[] committedAt = new long[total];
        long[] commitTook = new long[total];
        long[] receivedAt = new long[total];
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger received = new AtomicInteger();
        AtomicInteger foreign = new AtomicInteger();
        AtomicBoolean stopConsumer = new AtomicBoolean();
        List<Long> relayLags = Collections.synchronizedList(new ArrayList<>());

        // the consumer is assigned and positioned at the end before anything is written
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrap());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "nova-perf-latency-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "nova-perf-latency");
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer());
        consumer.subscribe(List.of(TOPIC));
        long assignDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (consumer.assignment().size() < config.partitions()) {
            consumer.poll(Duration.ofMillis(100));
            if (System.nanoTime() > assignDeadline) {
                throw new IllegalStateException("consumer got no assignment for " + TOPIC);
            }
        }
        Collection<TopicPartition> assigned = consumer.assignment();
        consumer.seekToEnd(assigned);
        assigned.forEach(consumer::position);
        say("  consumer assigned %d partitions, positioned at the end", assigned.size());

        Thread consumerThread = new Thread(() -> {
            try {
                while (!stopConsumer.get()) {
                    ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(50));
                    long now = System.nanoTime();
                    for (ConsumerRecord<String, byte[]> record : records) {
                        Integer i;
                        try {
                            i = index.get(CloudEvent.parse(record.value()).id());
                        } catch (IllegalArgumentException e) {
                            i = null; // not a Nova event: not this run's
                        }
                        if (i == null) {
                            foreign.incrementAndGet();
                        } else if (receivedAt[i] != 0) {
                            duplicates.incrementAndGet();
                        } else {
                            receivedAt[i] = now;
                            received.incrementAndGet();
                        }
                    }
                }
            } finally {
                consumer.close(Duration.ofSeconds(5));
            }
        }, "perf-consumer");
        consumerThread.start();

        AtomicLong measureFrom = new AtomicLong(Long.MAX_VALUE);
        Phases phases = new Phases();
        // the relay as a server runs it: batch 2000, woken by NOTIFY, slow poll 5 s
        AtomicBoolean relaying = new AtomicBoolean(true);
        Producer<String, byte[]> producer = SERVER == null ? producer(config.bootstrap(), "perf-relay-latency") : null;
        OutboxRelay relay = SERVER != null ? null : new OutboxRelay(dataSource, RecordSender.of(producer::send),
                OutboxRelay.Settings.defaults(), new OutboxRelay.Listener() {
                    @Override
                    public void published(List<Duration> lags) {
                        if (System.nanoTime() >= measureFrom.get()) { // warm-up excluded, as for the latencies
                            lags.forEach(l -> relayLags.add(l.toNanos()));
                        }
                    }

                    @Override
                    public void timed(OutboxRelay.BatchTimes times) {
                        if (System.nanoTime() >= measureFrom.get()) {
                            phases.timed(times);
                        }
                    }
                });
        Thread relayThread = new Thread(() -> {
            if (relay != null) {
                relay.run(relaying::get);
            }
        }, "perf-relay");
        relayThread.start();
        Thread.sleep(1000); // the relay LISTENs and has its producer before the first commit

        long period = TimeUnit.SECONDS.toNanos(1) / config.rate();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        measureFrom.set(start + TimeUnit.SECONDS.toNanos(config.warmupSeconds()));
        AtomicLong maxBehind = new AtomicLong();
        List<Thread> writers = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int w = 0; w < config.writers(); w++) {
            int first = w;
            Thread writer = new Thread(() -> {
                try (Connection c = dataSource.getConnection()) {
                    c.setAutoCommit(false);
                    for (int i = first; i < total; i += config.writers()) {
                        long deadline = start + i * period; // absolute schedule: no drift
                        for (long wait; (wait = deadline - System.nanoTime()) > 0; ) {
                            java.util.concurrent.locks.LockSupport.parkNanos(wait);
                        }
                        OutboxEntry entry = entry(ids[i], i, i % config.aggregates(), pad);
                        long before = System.nanoTime();
                        OutboxWriter.write(c, entry);
                        c.commit();
                        long after = System.nanoTime();
                        committedAt[i] = after;
                        commitTook[i] = after - before;
                        maxBehind.accumulateAndGet(before - deadline, Math::max);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }, "perf-writer-" + w);
            writers.add(writer);
            writer.start();
        }
        for (Thread writer : writers) {
            writer.join();
        }
        long writersDone = System.nanoTime();
        if (!failures.isEmpty()) {
            throw new IllegalStateException("a writer failed", failures.get(0));
        }
        double achievedRate = total / seconds(writersDone - start);
        long graceDeadline = writersDone + TimeUnit.SECONDS.toNanos(15);
        while (received.get() < total && System.nanoTime() < graceDeadline) {
            Thread.sleep(20);
        }
        stopConsumer.set(true);
        consumerThread.join();
        relaying.set(false);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("NOTIFY nova_outbox"); // wakes the relay from its wait, so it sees it must stop
        }
        relayThread.join(10_000);
        if (relay != null) {
            relay.close();
            producer.close(Duration.ofSeconds(5));
        }

        long[] latencies = new long[total - warmup];
        int measured = 0;
        double sum = 0;
        for (int i = warmup; i < total; i++) {
            if (receivedAt[i] != 0) {
                long l = receivedAt[i] - committedAt[i];
                latencies[measured++] = l;
                sum += l;
            }
        }
        long[] sorted = Arrays.copyOf(latencies, measured);
        Arrays.sort(sorted);
        double[] quantiles = {0.50, 0.90, 0.99, 0.999};
        double[] pMs = new double[quantiles.length];
        for (int q = 0; q < quantiles.length; q++) {
            pMs[q] = ms(percentile(sorted, quantiles[q]));
        }
        long[] commits = commitTook.clone();
        Arrays.sort(commits);
        long[] lags = relayLags.stream().mapToLong(Long::longValue).sorted().toArray();
        Latency result = new Latency(total, received.get(), duplicates.get(), measured, pMs,
                measured == 0 ? Double.NaN : ms(sorted[measured - 1]), measured == 0 ? Double.NaN : sum / measured / 1e6,
                achievedRate, ms(maxBehind.get()), ms(percentile(commits, 0.5)), ms(percentile(commits, 0.99)),
                ms(percentile(lags, 0.5)), ms(percentile(lags, 0.99)));
        say("  sent %,d (%.1f events/s achieved, writers at most %.1f ms behind schedule), received %,d, lost %,d, "
                + "duplicates %d%s", total, achievedRate, result.maxBehindScheduleMs(), result.received(),
                total - result.received(), result.duplicates(),
                foreign.get() > 0 ? ", " + foreign.get() + " records on the topic were not this run's" : "");
        say("  first %d s (%,d events) discarded as warm-up; %,d measured", config.warmupSeconds(), warmup, measured);
        say("  commit -> consumer: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms, mean %.2f ms",
                pMs[0], pMs[1], pMs[2], pMs[3], result.maxMs(), result.meanMs());
        say("  of which: writer insert+commit p50 %.2f ms / p99 %.2f ms (before the clock starts); relay lag, row written "
                + "-> broker ack (OutboxRelay.Listener) p50 %.2f ms / p99 %.2f ms",
                result.commitP50Ms(), result.commitP99Ms(), result.relayLagP50Ms(), result.relayLagP99Ms());
        long batches = Math.max(1, phases.batches.get());
        say("  relay batches: %,d with rows, %.1f rows each; per batch: claim+read %.2f ms, send %.2f ms, wait for acks "
                + "%.2f ms, mark+commit %.2f ms", phases.batches.get(), phases.rows.get() / (double) batches,
                ms(phases.claim.get()) / batches, ms(phases.send.get()) / batches, ms(phases.acks.get()) / batches,
                ms(phases.mark.get()) / batches);
        return result;
    }

    static long percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }

    // --- summary -------------------------------------------------------------------------------

    static void printSummary(Config config, Raw raw, Cpu rawCpu, List<RelayRun> relays, Latency latency,
                             double relayPayloadBytes) {
        say("");
        say("==== event backbone: summary (same broker, same run) ====");
        say("raw producer (kafka-producer-perf-test, %d B, acks=all, idempotent): %,.0f rec/s (%.2f MB/s, p99 %d ms)",
                config.recordSize(), raw.recordsPerSecond(), raw.mbPerSecond(), raw.p99Ms());
        if (rawCpu != null) {
            say("  CPU per record: %s", rawCpu.describe("producer JVM"));
        }
        for (RelayRun run : relays) {
            double ratio = run.recordsPerSecond() / raw.recordsPerSecond();
            say("relay (%s): %,.0f rec/s = %.2f× raw%s", run.label(), run.recordsPerSecond(), ratio,
                    run.isServerDefault() ? " [server default]" : "");
            say("  per 1,000 rows %.1f ms; %s ms%s", run.seconds() * 1e6 / run.records(),
                    SERVER == null ? run.phases().perThousand() : "the " + SERVER + " server's timers: " + serverPhasesMeasured,
                    run.cpu() == null ? "" : "; CPU per record: " + run.cpu().describe(SERVER == null ? "relay JVM" : "benchmark JVM (polling)"));
        }
        RelayRun best = relays.stream().filter(r -> !r.deleting())
                .max((a, b) -> Double.compare(a.recordsPerSecond(), b.recordsPerSecond())).orElseThrow();
        double bestRatio = best.recordsPerSecond() / raw.recordsPerSecond();
        RelayRun byDefault = relays.stream().filter(RelayRun::isServerDefault).findFirst().orElse(best);
        double defaultRatio = byDefault.recordsPerSecond() / raw.recordsPerSecond();
        say("  relay payload avg %.0f B; target relay ≥ 0.5× raw: %s at %s (%.2f×) [server default], %s at %s (%.2f×) [best]",
                relayPayloadBytes, verdict(defaultRatio >= 0.5), byDefault.label(), defaultRatio,
                verdict(bestRatio >= 0.5), best.label(), bestRatio);
        say("latency at %d/s: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (target p99 ≤ 50 ms: %s); "
                + "received %,d of %,d sent, lost %d; first %d s discarded as warm-up",
                config.rate(), latency.percentilesMs()[0], latency.percentilesMs()[1], latency.percentilesMs()[2],
                latency.maxMs(), verdict(latency.percentilesMs()[2] <= 50 && latency.received() == latency.sent()),
                latency.received(), latency.sent(), latency.sent() - latency.received(), config.warmupSeconds());
        say("=========================================================");
    }

    private static String verdict(boolean met) {
        return met ? "MET" : "MISSED";
    }

    // --- helpers -------------------------------------------------------------------------------

    private static final long T0 = System.nanoTime();

    static void say(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        if (text.isEmpty()) {
            System.out.println();
        } else {
            System.out.printf(Locale.ROOT, "[%6.1f s] %s%n", seconds(System.nanoTime() - T0), text);
        }
        System.out.flush();
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    /**
     * Where the CPU went during a measurement, per record, read from Linux's /proc (null elsewhere):
     * PostgreSQL's processes (its own and nova_perf's backends), the broker, this JVM with the
     * children it waited for (the raw tool), and the rest of the machine (the servers and their
     * databases' backends, other programs, the kernel's writeback, processes that ended meanwhile). The figures
     * say which of them a 2-core machine runs out of first.
     */
    record Cpu(double postgresUs, double brokerUs, double jvmUs, double serverUs, double restUs, double machineBusyPercent) {

        private static final double TICK_US = 10_000; // USER_HZ = 100 on Linux
        /* the benchmark's database: nova_perf, or with -Dbench.server that server's own; other databases' backends are the rest */
        private static final Pattern OTHER_DATABASE = Pattern.compile("\\bnova_(?!" + (SERVER == null ? "perf" : SERVER) + "\\b)\\w+");

        /**
         * Clock ticks so far: PostgreSQL's, the broker's, this JVM's (and its waited-for children's), the
         * measured Liberty server's (-Dbench.server), the machine's.
         */
        record Sample(long postgres, long broker, long jvm, long server, long machineBusy, long machineTotal) {
        }

        static Sample sample() {
            try {
                long postgres = 0;
                long broker = 0;
                long server = 0;
                try (var procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                    for (Path proc : procs) {
                        try {
                            String stat = Files.readString(proc.resolve("stat"));
                            String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                            if (comm.equals("postgres")) {
                                // the cluster's own processes and nova_perf's backends; the contexts' backends are the rest
                                if (!OTHER_DATABASE.matcher(Files.readString(proc.resolve("cmdline"))).find()) {
                                    postgres += ticks;
                                }
                            } else if (comm.equals("java")) {
                                String cmdline = Files.readString(proc.resolve("cmdline"));
                                if (cmdline.contains("kafka.Kafka")) {
                                    broker += ticks;
                                } else if (SERVER != null && cmdline.contains("ws-server.jar")
                                        && Arrays.asList(cmdline.split("\0")).contains(SERVER)) {
                                    server += ticks;
                                }
                            }
                        } catch (IOException | RuntimeException gone) {
                            // the process ended meanwhile
                        }
                    }
                }
                String self = Files.readString(Path.of("/proc/self/stat"));
                String[] f = self.substring(self.lastIndexOf(')') + 2).split(" ");
                long jvm = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
                String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long total = 0;
                for (int i = 1; i <= 8; i++) {
                    total += Long.parseLong(cpu[i]);
                }
                long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
                return new Sample(postgres, broker, jvm, server, total - idle, total);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        static Cpu between(Sample a, Sample b, long records) {
            if (a == null || b == null || records == 0) {
                return null;
            }
            // a process that ended meanwhile takes its time with it: never below zero
            double pg = Math.max(0, (b.postgres - a.postgres) * TICK_US / records);
            double broker = Math.max(0, (b.broker - a.broker) * TICK_US / records);
            double jvm = (b.jvm - a.jvm) * TICK_US / records;
            double server = Math.max(0, (b.server - a.server) * TICK_US / records);
            double busy = (b.machineBusy - a.machineBusy) * TICK_US / records;
            double busyPercent = 100.0 * (b.machineBusy - a.machineBusy) / Math.max(1, b.machineTotal - a.machineTotal)
                    * Runtime.getRuntime().availableProcessors();
            return new Cpu(pg, broker, jvm, server, Math.max(0, busy - pg - broker - jvm - server), busyPercent);
        }

        String describe(String jvmName) {
            return String.format(Locale.ROOT, "PostgreSQL %.1f µs, broker %.1f µs, %s %.1f µs, %srest of the machine %.1f µs "
                    + "(machine %.0f%% busy of %d00%%)", postgresUs, brokerUs, jvmName, jvmUs,
                    SERVER == null ? "" : String.format(Locale.ROOT, "%s server %.1f µs, ", SERVER, serverUs),
                    restUs, machineBusyPercent, Runtime.getRuntime().availableProcessors());
        }
    }

    /**
     * Hands connections back for reuse instead of closing them, as the servers' connection pool
     * does: without it every relay batch would pay for a new PostgreSQL session, which no server does.
     */
    static final class ReusingDataSource implements DataSource {
        private final PGSimpleDataSource target;
        private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();

        ReusingDataSource(PGSimpleDataSource target) {
            this.target = target;
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection physical = idle.pollFirst();
            if (physical == null || physical.isClosed()) {
                physical = target.getConnection();
            }
            Connection real = physical;
            AtomicBoolean closed = new AtomicBoolean();
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "close" -> {
                                if (closed.compareAndSet(false, true)) {
                                    giveBack(real);
                                }
                                return null;
                            }
                            case "isClosed" -> {
                                return closed.get() || real.isClosed();
                            }
                            case "unwrap" -> {
                                return ((Class<?>) args[0]).isInstance(proxy) ? proxy : real.unwrap((Class<?>) args[0]);
                            }
                            case "isWrapperFor" -> {
                                return ((Class<?>) args[0]).isInstance(proxy) || real.isWrapperFor((Class<?>) args[0]);
                            }
                            default -> {
                                if (closed.get()) {
                                    throw new SQLException("connection is closed");
                                }
                                try {
                                    return method.invoke(real, args);
                                } catch (InvocationTargetException e) {
                                    throw e.getCause();
                                }
                            }
                        }
                    });
        }

        private void giveBack(Connection real) {
            try {
                if (real.isClosed()) {
                    return;
                }
                if (!real.getAutoCommit()) {
                    real.rollback();
                    real.setAutoCommit(true);
                }
                try (Statement s = real.createStatement()) {
                    s.execute("UNLISTEN *"); // a listener's connection comes back quiet
                }
                idle.addFirst(real);
            } catch (SQLException e) {
                try {
                    real.close();
                } catch (SQLException ignored) {
                    // broken: dropped
                }
            }
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getLogger("nova.perf");
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            if (iface.isInstance(this)) {
                return iface.cast(this);
            }
            return target.unwrap(iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return iface.isInstance(this) || iface.isInstance(target);
        }
    }
}
