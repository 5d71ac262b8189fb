package nova.perf;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import nova.platform.events.CloudEvent;
import nova.platform.events.OutboxChannel;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The home feed's fan-out benchmark (issue 17), run by {@code perf/fanout} against the running system. In one run:
 * <ol>
 * <li><b>fixture</b>, written in SQL straight into {@code nova_social} (the benchmark's own rows, deleted at the end):
 * two authors with 10,000 and 100,000 followers, each follower an active member ({@code accounts},
 * {@code relationships} kind {@code follow}); plus a few real members registered through the gateway, who also follow
 * both authors and whose feeds hold 200 entries, to read;</li>
 * <li><b>fan-out</b>: a {@code content.post.created} of a new post by the author, sent to {@code nova.content} as the
 * content server's relay would; timed from the event's arrival (the inbox row's {@code processed_at}: the social
 * server's transaction start, by the database's clock) and from the send, to the arrival of its
 * {@code social.feed.updated} on {@code nova.social} (written in the same transaction as the feed rows, so it
 * cannot come before they commit; the relay's hop back is included, so the figure is slightly pessimistic);</li>
 * <li><b>raw</b>: one {@code INSERT INTO feeds … SELECT … FROM relationships} of the same followers for another
 * post id, into the same table, on a connection of the same role, timed to its commit;</li>
 * <li><b>feed read</b>: social's {@code GET /feed?limit=20} as those members, open loop at 200 requests/s (latency
 * from each request's scheduled time, so a stall is not hidden), once with nothing else running and once while the
 * fan-outs and raw inserts above run.</li>
 * </ol>
 * Prints figures and ratios; asserts nothing. The authors' follower count must not exceed
 * {@code nova.social.fanout.celebrity-followers} (else their posts are merged at read time, not fanned out): the
 * script asks for the social server to run with {@code NOVA_SOCIAL_FANOUT_CELEBRITY_FOLLOWERS=100000}.
 */
public final class FeedFanoutBenchmark {

    private static final String GATEWAY = System.getProperty("bench.gateway", "http://localhost:9080/graphql");
    private static final String SOCIAL = System.getProperty("bench.social", "http://localhost:9084");
    private static final int[] SIZES = parseSizes(System.getProperty("bench.sizes", "10000,100000"));
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final int RATE = Integer.getInteger("bench.rate", 200);
    private static final int QUIET_SECONDS = Integer.getInteger("bench.quietSeconds", 10);
    private static final int READERS = Integer.getInteger("bench.readers", 4);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8, runnable -> {
                Thread thread = new Thread(runnable, "feed-reads");
                thread.setDaemon(true); // the JVM exits when the run is done (non-daemon threads kept it alive)
                return thread;
            })).build();

    private final PGSimpleDataSource social = new PGSimpleDataSource();
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final List<UUID> posts = Collections.synchronizedList(new ArrayList<>());

    private FeedFanoutBenchmark() {
        social.setServerNames(new String[] {env("NOVA_DB_HOST", "localhost")});
        social.setPortNumbers(new int[] {Integer.parseInt(env("NOVA_DB_PORT", "5432"))});
        social.setDatabaseName("nova_social");
        social.setUser("nova_social");
        social.setPassword(env("NOVA_DB_PASSWORD_SOCIAL", "nova-social-local"));
    }

    public static void main(String[] args) throws Exception {
        new FeedFanoutBenchmark().run();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int[] parseSizes(String sizes) {
        return java.util.Arrays.stream(sizes.split(",")).mapToInt(s -> Integer.parseInt(s.strip())).toArray();
    }

    private void run() throws Exception {
        List<UUID> authors = new ArrayList<>();
        List<Reader> readers = new ArrayList<>();
        try (Producer<String, byte[]> producer = new KafkaProducer<>(
                OutboxChannel.producerSettings(env("NOVA_KAFKA_BOOTSTRAP", "localhost:9092"), "perf-fanout"),
                new StringSerializer(), new ByteArraySerializer());
             FeedUpdates updates = new FeedUpdates(env("NOVA_KAFKA_BOOTSTRAP", "localhost:9092"))) {
            say("fixture: members to read as (registered through the gateway)");
            for (int i = 0; i < READERS; i++) {
                readers.add(register("fo" + run + "r" + i));
            }
            for (int size : SIZES) {
                UUID author = UUID.randomUUID();
                authors.add(author);
                long started = System.nanoTime();
                seedFollowers(author, size, readers);
                say(String.format(Locale.ROOT, "fixture: an author with %,d followers (%,d fixture rows + %d readers) in %.1f s",
                        size, size, readers.size(), (System.nanoTime() - started) / 1e9));
            }
            seedReaderFeeds(readers);
            awaitReadable(readers);

            say("warm-up: one fan-out per author and the feed read at " + RATE + "/s for 5 s");
            for (UUID author : authors) {
                fanOut(producer, updates, author);
            }
            load(readers, 5, null);

            LoadResult quiet = load(readers, QUIET_SECONDS, null);
            Map<Integer, List<Double>> fanout = new ConcurrentHashMap<>();
            Map<Integer, List<Double>> fanoutFromSend = new ConcurrentHashMap<>();
            Map<Integer, List<Double>> fanoutToCommit = new ConcurrentHashMap<>();
            Map<Integer, List<Double>> raw = new ConcurrentHashMap<>();
            Map<Integer, List<Integer>> reached = new ConcurrentHashMap<>();
            LoadResult busy = load(readers, -1, () -> {
                for (int round = 0; round < ROUNDS; round++) {
                    for (int s = 0; s < SIZES.length; s++) {
                        int size = SIZES[s];
                        UUID author = authors.get(s);
                        boolean rawFirst = round % 2 == 1; // alternate the order, so neither always runs on a warmer cache
                        if (rawFirst) {
                            raw.computeIfAbsent(size, k -> new ArrayList<>()).add(rawInsert(author));
                        }
                        Fanned f = fanOut(producer, updates, author);
                        fanout.computeIfAbsent(size, k -> new ArrayList<>()).add(f.fromArrivalMs);
                        fanoutFromSend.computeIfAbsent(size, k -> new ArrayList<>()).add(f.fromSendMs);
                        fanoutToCommit.computeIfAbsent(size, k -> new ArrayList<>()).add(f.toCommitMs);
                        reached.computeIfAbsent(size, k -> new ArrayList<>()).add(f.recipients);
                        if (!rawFirst) {
                            raw.computeIfAbsent(size, k -> new ArrayList<>()).add(rawInsert(author));
                        }
                    }
                }
                return null;
            });

            System.out.println();
            System.out.println("fan-out of one post (median of " + ROUNDS + " rounds; all rounds in brackets), against a raw INSERT ... SELECT of the same rows:");
            System.out.println("  followers | recipients | arrival -> feed.updated | send -> feed.updated |   raw insert | rows/s fan-out | rows/s raw | fan-out / raw rate");
            for (int size : SIZES) {
                double f = median(fanout.get(size));
                double r = median(raw.get(size));
                System.out.printf(Locale.ROOT, "  %,9d | %10s | %9.0f ms %s | %9.0f ms | %7.0f ms %s | %,14.0f | %,10.0f | %.2fx%n",
                        size, reached.get(size), f, rounded(fanout.get(size)), median(fanoutFromSend.get(size)), r,
                        rounded(raw.get(size)), size / f * 1000, size / r * 1000, r / f);
            }
            System.out.println();
            System.out.println("the same fan-outs, from the event's arrival to its rows' commit (the last feed row written: polled every "
                    + POLL_MILLIS + " ms, by the database's clock), without the relay's hop back:");
            System.out.println("  followers | arrival -> rows committed |   raw insert | fan-out / raw rate");
            for (int size : SIZES) {
                double f = median(fanoutToCommit.get(size));
                double r = median(raw.get(size));
                System.out.printf(Locale.ROOT, "  %,9d | %9.0f ms %s | %7.0f ms | %.2fx%n", size, f,
                        rounded(fanoutToCommit.get(size)), r, r / f);
            }
            System.out.println();
            System.out.println("feed read, GET /feed?limit=20 at social as " + readers.size() + " members, open loop at " + RATE + " requests/s:");
            quiet.print("nothing else running");
            busy.print("while the fan-outs and raw inserts run");
            System.out.printf(Locale.ROOT, "  p99 under fan-out / p99 quiet: %.2fx%n", busy.p(0.99) / quiet.p(0.99));
        } finally {
            say("cleaning up the fixture");
            cleanUp(authors, readers);
        }
    }

    // --- fixture -------------------------------------------------------------------------------

    /** An active member per follower, each following {@code author}; the author's counter says so. */
    private void seedFollowers(UUID author, int size, List<Reader> readers) throws SQLException {
        try (Connection c = social.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement accounts = c.prepareStatement("""
                    INSERT INTO accounts (user_id, active_at, created_at, following)
                    SELECT md5(? || '-' || i)::uuid, now(), now(), 1 FROM generate_series(1, ?) AS i""");
                 PreparedStatement follows = c.prepareStatement("""
                    INSERT INTO relationships (source_id, target_id, kind, created_at)
                    SELECT md5(? || '-' || i)::uuid, ?, 'follow', now() - i * interval '1 millisecond'
                    FROM generate_series(1, ?) AS i""");
                 PreparedStatement readerFollows = c.prepareStatement("""
                    INSERT INTO relationships (source_id, target_id, kind, created_at) VALUES (?, ?, 'follow', now())
                    ON CONFLICT DO NOTHING""");
                 PreparedStatement authorRow = c.prepareStatement("""
                    INSERT INTO accounts (user_id, active_at, created_at, followers) VALUES (?, now(), now(), ?)""")) {
                String prefix = run + "-" + author;
                accounts.setString(1, prefix);
                accounts.setInt(2, size);
                accounts.executeUpdate();
                follows.setString(1, prefix);
                follows.setObject(2, author);
                follows.setInt(3, size);
                follows.executeUpdate();
                for (Reader reader : readers) {
                    readerFollows.setObject(1, reader.id);
                    readerFollows.setObject(2, author);
                    readerFollows.executeUpdate();
                }
                authorRow.setObject(1, author);
                authorRow.setLong(2, size + readers.size());
                authorRow.executeUpdate();
            }
            c.commit();
        }
        try (Connection c = social.getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE accounts; ANALYZE relationships");
        }
    }

    /** 200 entries in each reader's feed (posts of nobody social knows: the read at social does not hydrate). */
    private void seedReaderFeeds(List<Reader> readers) throws SQLException {
        try (Connection c = social.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO feeds (user_id, post_id, author_id, shared_by, at)
                SELECT ?, md5(? || '-feed-' || i)::uuid, md5(? || '-author')::uuid, NULL, now() - i * interval '1 minute'
                FROM generate_series(1, 200) AS i""")) {
            for (Reader reader : readers) {
                s.setObject(1, reader.id);
                s.setString(2, run + reader.id);
                s.setString(3, run);
                s.executeUpdate();
            }
        }
    }

    /** Until social has each reader's account (from user.profile.created) and answers a full page. */
    private void awaitReadable(List<Reader> readers) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        for (Reader reader : readers) {
            while (true) {
                HttpResponse<String> page = HTTP.send(feedRequest(reader), HttpResponse.BodyHandlers.ofString());
                if (page.statusCode() == 200 && json(page.body()).getJsonArray("items").size() == 20) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("social does not answer a full feed for " + reader.id + ": "
                            + page.statusCode() + " " + page.body());
                }
                Thread.sleep(250); // polling a server that is catching up, not timing anything
            }
        }
    }

    private void cleanUp(List<UUID> authors, List<Reader> readers) throws SQLException {
        try (Connection c = social.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement feeds = c.prepareStatement("DELETE FROM feeds WHERE post_id = ANY (?)");
                 PreparedStatement refs = c.prepareStatement("DELETE FROM post_refs WHERE post_id = ANY (?)");
                 PreparedStatement due = c.prepareStatement("DELETE FROM feed_counts_due WHERE post_id = ANY (?)");
                 PreparedStatement follows = c.prepareStatement("DELETE FROM relationships WHERE target_id = ANY (?)");
                 PreparedStatement accounts = c.prepareStatement("DELETE FROM accounts WHERE user_id = ANY (?)");
                 PreparedStatement fixture = c.prepareStatement("""
                         DELETE FROM accounts WHERE user_id IN (SELECT md5(? || '-' || i)::uuid FROM generate_series(1, ?) AS i)""");
                 PreparedStatement readerFeeds = c.prepareStatement("DELETE FROM feeds WHERE user_id = ANY (?)")) {
                feeds.setArray(1, c.createArrayOf("uuid", posts.toArray()));
                feeds.executeUpdate();
                refs.setArray(1, c.createArrayOf("uuid", posts.toArray()));
                refs.executeUpdate();
                due.setArray(1, c.createArrayOf("uuid", posts.toArray()));
                due.executeUpdate();
                follows.setArray(1, c.createArrayOf("uuid", authors.toArray()));
                follows.executeUpdate();
                accounts.setArray(1, c.createArrayOf("uuid", authors.toArray()));
                accounts.executeUpdate();
                for (int s = 0; s < authors.size(); s++) {
                    fixture.setString(1, run + "-" + authors.get(s));
                    fixture.setInt(2, SIZES[s]);
                    fixture.executeUpdate();
                }
                readerFeeds.setArray(1, c.createArrayOf("uuid", readers.stream().map(r -> r.id).toArray()));
                readerFeeds.executeUpdate();
            }
            c.commit();
        }
    }

    // --- fan-out and raw -------------------------------------------------------------------------

    private record Fanned(double fromArrivalMs, double toCommitMs, double fromSendMs, int recipients) {
    }

    /** One post by {@code author} through content.post.created; waits for its social.feed.updated. */
    private Fanned fanOut(Producer<String, byte[]> producer, FeedUpdates updates, UUID author) throws Exception {
        UUID post = UUID.randomUUID();
        posts.add(post);
        Instant created = Instant.now();
        JsonObject data = Json.createObjectBuilder()
                .add("postId", post.toString()).add("authorId", author.toString()).add("visibility", "public")
                .add("text", "fan-out benchmark").addNull("contentWarning").add("sensitive", false).add("language", "en")
                .add("mediaIds", Json.createArrayBuilder()).add("mentionIds", Json.createArrayBuilder())
                .add("hashtags", Json.createArrayBuilder()).addNull("replyToId").addNull("replyToAuthorId")
                .addNull("quoteOfId").addNull("quoteOfAuthorId").add("createdAt", created.toString()).build();
        CloudEvent event = CloudEvent.of("content", "content.post.created", post.toString(), data);
        long sent = System.nanoTime();
        producer.send(new ProducerRecord<>("nova.content", post.toString(), event.toBytes())).get();
        Instant visible = visible(post, author);
        JsonObject updated = updates.await(post, Duration.ofSeconds(120));
        long received = System.nanoTime();
        Instant receivedAt = Instant.now();
        Instant arrival = arrival(event.id());
        double fromArrival = Duration.between(arrival, receivedAt).toNanos() / 1e6;
        double toCommit = Duration.between(arrival, visible).toNanos() / 1e6;
        return new Fanned(fromArrival, toCommit, (received - sent) / 1e6, updated.getInt("recipients"));
    }

    /**
     * When the fan-out's rows became visible, by the database's clock (as {@link #arrival}'s): the author's own row
     * is written by the same statement as every follower's, so it is visible exactly when they all are (at commit).
     * Polled every {@link #POLL_MILLIS} ms on one connection (an index probe), so the figure is at most that late.
     */
    private Instant visible(UUID post, UUID author) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        try (Connection c = social.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT clock_timestamp() FROM feeds WHERE user_id = ? AND post_id = ?")) {
            s.setObject(1, author);
            s.setObject(2, post);
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        return rs.getTimestamp(1).toInstant();
                    }
                }
                Thread.sleep(POLL_MILLIS); // the poll's period bounds the figure's error
            }
        }
        throw new IllegalStateException("the post's feed rows did not appear within 120 s: " + post);
    }

    private static final long POLL_MILLIS = 2;

    /** When the social server's inbox took the event: its processed_events row (the transaction's start). */
    private Instant arrival(UUID eventId) throws SQLException {
        try (Connection c = social.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT processed_at FROM processed_events WHERE event_id = ?")) {
            s.setObject(1, eventId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no inbox row for event " + eventId);
                }
                Timestamp at = rs.getTimestamp(1);
                return at.toInstant();
            }
        }
    }

    /** The same followers' rows for a new post id, in one statement, timed to its commit. */
    private double rawInsert(UUID author) throws SQLException {
        UUID post = UUID.randomUUID();
        posts.add(post);
        try (Connection c = social.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO feeds (user_id, post_id, author_id, shared_by, at)
                SELECT r.source_id, ?, ?, NULL, now() FROM relationships r WHERE r.target_id = ? AND r.kind = 'follow'""")) {
            s.setObject(1, post);
            s.setObject(2, author);
            s.setObject(3, author);
            long started = System.nanoTime();
            s.executeUpdate(); // autocommit: the commit is inside the figure, as the fan-out's is
            return (System.nanoTime() - started) / 1e6;
        }
    }

    /** Reads nova.social from its end, keeping each social.feed.updated by post id. */
    private static final class FeedUpdates implements AutoCloseable {

        private final KafkaConsumer<String, byte[]> consumer;
        private final Map<UUID, JsonObject> seen = new ConcurrentHashMap<>();
        private final Thread thread;
        private volatile boolean open = true;

        FeedUpdates(String bootstrap) {
            Properties props = new Properties();
            props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
            consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
            List<TopicPartition> partitions = consumer.partitionsFor("nova.social").stream()
                    .map(p -> new TopicPartition("nova.social", p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            thread = new Thread(this::poll, "feed-updates");
            thread.start();
        }

        private void poll() {
            while (open) {
                try {
                    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(50))) {
                        try {
                            CloudEvent event = CloudEvent.parse(r.value());
                            if (event.type().equals("social.feed.updated")) {
                                seen.put(UUID.fromString(event.subject()), event.data());
                                synchronized (this) {
                                    notifyAll();
                                }
                            }
                        } catch (RuntimeException e) {
                            // not an event of ours
                        }
                    }
                } catch (org.apache.kafka.common.errors.WakeupException e) {
                    return;
                }
            }
        }

        synchronized JsonObject await(UUID post, Duration within) throws InterruptedException {
            long deadline = System.nanoTime() + within.toNanos();
            while (!seen.containsKey(post)) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new IllegalStateException("no social.feed.updated for post " + post + " within " + within);
                }
                wait(Math.min(left, 50));
            }
            return seen.get(post);
        }

        @Override
        public void close() throws InterruptedException {
            open = false;
            consumer.wakeup();
            thread.join(5_000);
            consumer.close();
        }
    }

    // --- feed read under load --------------------------------------------------------------------

    private record Reader(UUID id, String token) {
    }

    private record LoadResult(List<Double> latencies, int sent, int failed, double seconds) {

        double p(double q) {
            List<Double> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
        }

        void print(String when) {
            System.out.printf(Locale.ROOT, "  %-40s %,6d requests in %.1f s (%.0f/s), %d failed: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    when + ":", sent, seconds, sent / seconds, failed, p(0.50), p(0.99), p(1.0));
        }
    }

    /**
     * Feed reads at {@link #RATE}/s, open loop, for {@code seconds}, or (seconds &lt; 0) for as long as {@code during}
     * runs. Latency is measured from each request's scheduled time.
     */
    private LoadResult load(List<Reader> readers, int seconds, java.util.concurrent.Callable<Void> during) throws Exception {
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger outstanding = new AtomicInteger();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = 1_000_000_000L / RATE;
        long start = System.nanoTime();
        AtomicLong tick = new AtomicLong();
        ticker.scheduleAtFixedRate(() -> {
            long n = tick.getAndIncrement();
            long scheduled = start + n * periodNanos;
            Reader reader = readers.get((int) (n % readers.size()));
            sent.incrementAndGet();
            outstanding.incrementAndGet();
            HTTP.sendAsync(feedRequest(reader), HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                if (error != null || response.statusCode() != 200) {
                    failed.incrementAndGet();
                } else {
                    latencies.add((System.nanoTime() - scheduled) / 1e6);
                }
                outstanding.decrementAndGet();
            });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        try {
            if (during != null) {
                during.call();
            } else {
                Thread.sleep(seconds * 1000L);
            }
        } finally {
            ticker.shutdownNow();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long drain = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (outstanding.get() > 0 && System.nanoTime() < drain) {
            Thread.sleep(20);
        }
        return new LoadResult(new ArrayList<>(latencies), sent.get(), failed.get(), elapsed);
    }

    private static HttpRequest feedRequest(Reader reader) {
        return HttpRequest.newBuilder(URI.create(SOCIAL + "/feed?limit=20")).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + reader.token).GET().build();
    }

    // --- members through the gateway ---------------------------------------------------------------

    private static Reader register(String username) throws Exception {
        String password = "fan-out benchmark password";
        JsonObject registered = graphql(null, "mutation r($i: RegisterInput!) { register(input: $i) { id } }",
                Json.createObjectBuilder().add("i", Json.createObjectBuilder().add("email", username + "@example.org")
                        .add("username", username).add("password", password)).build()).getJsonObject("register");
        JsonObject tokens = graphql(null, "mutation l($l: String!, $p: String!) { login(login: $l, password: $p) { accessToken } }",
                Json.createObjectBuilder().add("l", username).add("p", password).build()).getJsonObject("login");
        return new Reader(UUID.fromString(registered.getString("id")), tokens.getString("accessToken"));
    }

    private static JsonObject graphql(String token, String query, JsonObject variables) throws Exception {
        String body = Json.createObjectBuilder().add("query", query).add("variables", variables).build().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        JsonObject answer = json(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
        if (answer.containsKey("errors")) {
            throw new IllegalStateException("GraphQL: " + answer.get("errors"));
        }
        return answer.getJsonObject("data");
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    // --- figures -----------------------------------------------------------------------------------

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String rounded(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList().toString();
    }

    private static void say(String message) {
        System.out.println("[fanout] " + message);
    }
}
