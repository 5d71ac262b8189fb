package nova.perf;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Issue 19's benchmark against the running system. Generates {@code bench.posts} public posts (default 100,000) of
 * 12–40 words from a 5,000-word vocabulary, 70 % English, 20 % German, 10 % without a language, each with one of 200
 * hashtags; every third carries the run's common term, every tenth post one of its rare terms (each in ~10 posts).
 * They are published as {@code content.post.created} on {@code nova.content}, as content's relay publishes them, and
 * the search server indexes them through its inbox consumer. Then, one request at a time: search for the common and
 * the rare term (interleaved), the lag from publishing a post to finding it, and a rebuild of the whole projection.
 * Prints figures and the ratios within the run; asserts nothing.
 */
public final class SearchBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PASSWORD = "Quartz-Zebra-search-bench-19-" + Long.toHexString(System.nanoTime());

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.sizes", System.getProperty("bench.posts", "100000"))
                .split(",")).map(String::strip).map(Integer::valueOf).toList();
        int searches = Integer.getInteger("bench.searches", 500);
        int lagSamples = Integer.getInteger("bench.lag-samples", 200);
        boolean rebuild = Boolean.parseBoolean(System.getProperty("bench.rebuild", "true"));
        String gateway = System.getProperty("bench.gateway", "http://localhost:9080") + "/graphql";
        String search = System.getProperty("bench.search", "http://localhost:9088");
        String bootstrap = System.getProperty("bench.kafka", "localhost:9092");
        String database = System.getProperty("bench.db", "nova_search");
        // bench.log-topic: the corpus written into the projection is also published there, for the rebuild to replay
        // (the search server must name it in nova.search.rebuild.extra-topics; no live consumer reads it)
        String logTopic = System.getProperty("bench.log-topic", "");
        String bulk = System.getProperty("bench.bulk", "db");
        String run = letters(new Random(), 6);
        Terms terms = new Terms("common" + run, "rare" + run, "mid" + run, "tenth" + run, run);

        String username = "bench" + run;
        // bench.identity=<url>: only the search server runs (with nova.identity.url=<url>); the run plays identity
        String identityUrl = System.getProperty("bench.identity", "");
        OwnIdentity identity = identityUrl.isEmpty() ? null : new OwnIdentity(URI.create(identityUrl));
        String token;
        if (identity == null) {
            ContentLatency.register(gateway, username, PASSWORD);
            token = ContentLatency.login(gateway, username, PASSWORD);
        } else {
            token = identity.accessToken(UUID.randomUUID(), username);
        }
        UUID author = UUID.randomUUID();

        try (identity; KafkaProducer<String, byte[]> producer = producer(bootstrap);
             KafkaProducer<String, byte[]> fast = fastProducer(bootstrap);
             Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:5432/" + database, "nova_search",
                     System.getenv().getOrDefault("NOVA_DB_PASSWORD_SEARCH", "nova-search-local"))) {
            long before = indexed(db, run);
            System.out.printf(Locale.ROOT, "run %s: sizes %s, database %s, log topic %s; the projection holds %d documents"
                            + " before; load %s%n", run, sizes, database, logTopic.isEmpty() ? "(none)" : logTopic,
                    count(db, "SELECT count(*) FROM search_index WHERE generation = (SELECT serving FROM search_projection)"),
                    load());
            Random random = new Random(19);
            String[] vocabulary = new String[5000];
            for (int i = 0; i < vocabulary.length; i++) {
                vocabulary[i] = letters(new Random(i), 4 + i % 7);
            }
            if (!logTopic.isEmpty()) {
                // the broker creates no topic by itself: the log topic gets the content topic's six partitions
                try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(
                        Map.of("bootstrap.servers", bootstrap))) {
                    if (!admin.listTopics().names().get().contains(logTopic)) {
                        admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(logTopic, 6, (short) 1)))
                                .all().get();
                    }
                }
            }
            int live = Integer.getInteger("bench.live", 5000);
            // the corpus's posts are a second apart, ending a day ago whatever the largest size
            Instant first = Instant.now().minusSeconds(86_400L + sizes.get(sizes.size() - 1));
            int have = 0;
            double liveRate = Double.NaN;
            for (int size : sizes) {
                long serving = count(db, "SELECT serving FROM search_projection");
                long start = System.nanoTime();
                if ("db".equals(bulk)) {
                    writeCorpus(db, fast, logTopic, serving, author, random, vocabulary, terms, have, size, first);
                    System.out.printf(Locale.ROOT, "bulk: posts %d..%d written straight into generation %d%s in %.1f s; load %s%n",
                            have, size, serving, logTopic.isEmpty() ? "" : " and published to " + logTopic,
                            (System.nanoTime() - start) / 1e9, load());
                }
                if (have == 0) {
                    liveRate = live(db, producer, author, random, vocabulary, terms, "db".equals(bulk) ? live : size,
                            "db".equals(bulk) ? size : 0);
                }
                have = size;
                long posts = indexed(db, run) - before;
                searches(search, token, terms, vocabulary, posts, searches);
                List<UUID> probes = new ArrayList<>();
                List<String> markers = new ArrayList<>();
                lag(search, token, producer, author, run, lagSamples, probes, markers);
                if (size == sizes.get(0)) {
                    removals(search, token, producer, author, probes, markers);
                }
                if (rebuild) {
                    rebuild(db, search, producer, author, run, liveRate);
                }
            }
            if (!logTopic.isEmpty() && Boolean.getBoolean("bench.delete-log-topic")) {
                try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(
                        Map.of("bootstrap.servers", bootstrap))) {
                    admin.deleteTopics(List.of(logTopic)).all().get();
                    System.out.println("log topic " + logTopic + " deleted");
                }
            }
        }
    }

    /** The run's searched terms and its token (in every post of the run). */
    record Terms(String common, String rare, String mid, String tenth, String run) {
    }

    static String load() throws Exception {
        return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
    }

    /** Posts {@code from}..{@code to} written into the serving generation over JDBC and, if given, to the log topic. */
    static void writeCorpus(Connection db, KafkaProducer<String, byte[]> fast, String logTopic, long serving, UUID author,
                            Random random, String[] vocabulary, Terms terms, int from, int to, Instant first) throws Exception {
        db.setAutoCommit(false);
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO search_index (generation, kind, id, "
                + "author_id, body, language, has_media, hashtags, created_at) VALUES (?, 'post', ?, ?, ?, ?, false, ?, ?)")) {
            for (int i = from; i < to; i++) {
                String language = i % 10 < 7 ? "en" : i % 10 < 9 ? "de" : null;
                UUID id = UUID.randomUUID();
                String text = text(random, vocabulary, i, terms);
                Instant at = first.plusSeconds(i);
                insert.setLong(1, serving);
                insert.setObject(2, id);
                insert.setObject(3, author);
                insert.setString(4, text);
                insert.setString(5, language);
                insert.setString(6, "tag" + (i % 200));
                insert.setObject(7, java.sql.Timestamp.from(at));
                insert.addBatch();
                if (!logTopic.isEmpty()) {
                    acks.add(content(fast, logTopic, "content.post.created", id,
                            postData(id, author, "public", text, language, "tag" + (i % 200), at).add("createdAt", at.toString()).build()));
                }
                if (i % 1000 == 999) {
                    insert.executeBatch();
                    db.commit();
                    for (Future<RecordMetadata> ack : acks) {
                        ack.get();
                    }
                    acks.clear();
                }
            }
            insert.executeBatch();
            db.commit();
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
        }
        db.setAutoCommit(true);
        try (var statement = db.createStatement()) {
            statement.execute("ANALYZE search_index");
        }
    }

    /** Publishes {@code published} posts through nova.content and waits until the live consumer indexed them: its rate. */
    static double live(Connection db, KafkaProducer<String, byte[]> producer, UUID author, Random random, String[] vocabulary,
                       Terms terms, int published, int offset) throws Exception {
        long liveStart = System.nanoTime();
        long liveBefore = indexed(db, terms.run());
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (int i = 0; i < published; i++) {
            int n = offset + i;
            String language = n % 10 < 7 ? "en" : n % 10 < 9 ? "de" : null;
            acks.add(publish(producer, UUID.randomUUID(), author, text(random, vocabulary, n, terms), language,
                    "tag" + (n % 200), Instant.now()));
            if (acks.size() == 5000) {
                for (Future<RecordMetadata> ack : acks) {
                    ack.get();
                }
                acks.clear();
            }
        }
        for (Future<RecordMetadata> ack : acks) {
            ack.get();
        }
        long publishedAt = System.nanoTime();
        long deadline = publishedAt + Duration.ofSeconds(Integer.getInteger("bench.index-timeout", 600)).toNanos();
        long got;
        long lastReport = System.nanoTime();
        while ((got = indexed(db, terms.run()) - liveBefore) < published && System.nanoTime() < deadline) {
            Thread.sleep(500); // waiting for the consumer to finish before measuring; part of no latency figure
            if (System.nanoTime() - lastReport > 15e9) {
                lastReport = System.nanoTime();
                System.out.printf(Locale.ROOT, "  ... %d indexed after %.0f s%n", got, (lastReport - liveStart) / 1e9);
            }
        }
        long done = System.nanoTime();
        System.out.printf(Locale.ROOT, "live: published %d content.post.created in %.1f s (%.0f/s); %d indexed after %.1f s: %.0f posts/s "
                        + "through the inbox consumer%s%n", published, (publishedAt - liveStart) / 1e9,
                published / ((publishedAt - liveStart) / 1e9), got, (done - liveStart) / 1e9, got / ((done - liveStart) / 1e9),
                got < published ? " — NOT ALL INDEXED within bench.index-timeout: the figures below ran with a backlog" : "");
        return got / ((done - liveStart) / 1e9);
    }

    /** Search latency per term kind, interleaved, one request at a time. */
    static void searches(String search, String token, Terms terms, String[] vocabulary, long posts, int searches) throws Exception {
        String[] kinds = {"common term (in 1/3 of the run's posts)", "rare term (in ~10 posts)",
                "middle term (in 3 % of the posts)", "tenth term (in 10 % of the posts)", "common term AND a frequent word"};
        long[][] times = new long[kinds.length][searches];
        for (int i = -50; i < searches; i++) {
            for (int k = 0; k < kinds.length; k++) {
                String q = switch (k) {
                    case 0 -> terms.common();
                    case 1 -> terms.rare() + (Math.floorMod(i, (int) Math.max(1, posts / 100)));
                    case 2 -> terms.mid();
                    case 3 -> terms.tenth();
                    default -> terms.common() + " " + vocabulary[Math.floorMod(i, 50)];
                };
                long t0 = System.nanoTime();
                HttpResponse<String> response = get(search + "/search?limit=20&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), token);
                long t = System.nanoTime() - t0;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(response.statusCode() + " " + response.body());
                }
                if (i >= 0) {
                    times[k][i] = t;
                }
            }
        }
        System.out.printf(Locale.ROOT, "search at %d indexed posts of the run (GET /search on the search server, limit 20, one at a time, "
                + "%d each after 50 warm-up; load %s):%n", posts, searches, load());
        for (int k = 0; k < kinds.length; k++) {
            Arrays.sort(times[k]);
            System.out.printf(Locale.ROOT, "  %-40s p50 %s p99 %s max %s%n", kinds[k] + ":", ms(times[k], .5),
                    ms(times[k], .99), ms(times[k], 1));
        }
        System.out.printf(Locale.ROOT, "  ratio common/rare: p50 %.2f, p99 %.2f%n", (double) at(times[0], .5) / at(times[1], .5),
                (double) at(times[0], .99) / at(times[1], .99));
    }

    /** Indexing lag: one post published at a time, polled until GET /search finds it. */
    static void lag(String search, String token, KafkaProducer<String, byte[]> producer, UUID author, String run,
                    int lagSamples, List<UUID> probes, List<String> markers) throws Exception {
        long[] lags = new long[lagSamples];
        for (int i = 0; i < lagSamples; i++) {
            String marker = "lag" + run + letters(new Random(), 5);
            UUID probe = UUID.randomUUID();
            probes.add(probe);
            markers.add(marker);
            long t0 = System.nanoTime();
            publish(producer, probe, author, "lag probe " + marker, "en", "lagtag", Instant.now()).get();
            while (true) {
                HttpResponse<String> response = get(search + "/search?limit=1&q=" + marker, token);
                if (response.body().contains("\"id\"")) {
                    break;
                }
                Thread.sleep(2); // the poll interval bounds the figure's resolution (2 ms + one search)
            }
            lags[i] = System.nanoTime() - t0;
        }
        Arrays.sort(lags);
        System.out.printf(Locale.ROOT, "indexing lag, content.post.created published (acks=all) to found by GET /search, "
                        + "%d posts one at a time, system otherwise idle: p50 %s p99 %s max %s%n", lagSamples,
                ms(lags, .5), ms(lags, .99), ms(lags, 1));
    }

    /** Removal: probes taken out one at a time by deletion, an edit to followers-only, a moderator's hide. */
    static void removals(String search, String token, KafkaProducer<String, byte[]> producer, UUID author, List<UUID> probes,
                         List<String> markers) throws Exception {
        int removals = Math.min(Integer.getInteger("bench.removals", 60), probes.size());
        String[] paths = {"content.post.deleted", "content.post.updated (followers)", "content.item.moderated (hide)"};
        long[][] gone = new long[paths.length][(removals + paths.length - 1) / paths.length];
        int[] taken = new int[paths.length];
        for (int i = 0; i < removals; i++) {
            UUID probe = probes.get(i);
            int path = i % paths.length;
            long t0 = System.nanoTime();
            content(producer, "nova.content", path == 0 ? "content.post.deleted" : path == 1 ? "content.post.updated" : "content.item.moderated",
                    probe, path == 0
                            ? Json.createObjectBuilder().add("postId", probe.toString()).add("authorId", author.toString())
                                    .add("deletedAt", Instant.now().toString()).build()
                            : path == 1
                            ? postData(probe, author, "followers", "lag probe " + markers.get(i), "en", "lagtag", Instant.now())
                                    .add("editedAt", Instant.now().toString()).add("version", 2).build()
                            : Json.createObjectBuilder().add("itemType", "post").add("itemId", probe.toString())
                                    .add("authorId", author.toString()).add("action", "hide").add("reason", "bench")
                                    .add("moderatorId", UUID.randomUUID().toString()).addNull("reportId")
                                    .add("at", Instant.now().toString()).build()).get();
            while (get(search + "/search?limit=1&q=" + markers.get(i), token).body().contains("\"id\"")) {
                Thread.sleep(2); // the poll interval bounds the figure's resolution (2 ms + one search)
            }
            gone[path][taken[path]++] = System.nanoTime() - t0;
        }
        System.out.printf(Locale.ROOT, "removal, event published (acks=all) to no longer found by GET /search, one at a time:%n");
        for (int k = 0; k < paths.length; k++) {
            long[] t = Arrays.copyOf(gone[k], taken[k]);
            Arrays.sort(t);
            if (t.length > 0) {
                System.out.printf(Locale.ROOT, "  %-34s n=%d p50 %s p99 %s max %s%n", paths[k], t.length, ms(t, .5),
                        ms(t, .99), ms(t, 1));
            }
        }
    }

    /**
     * A rebuild through POST /search/rebuilds (operator), polled until done, while posts keep arriving live
     * ({@code bench.rebuild-live-rate} a second through nova.content): afterwards every one of them must be found
     * in the new generation.
     */
    static void rebuild(Connection db, String search, KafkaProducer<String, byte[]> producer, UUID author, String run,
                        double liveRate) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((System.getenv().getOrDefault("NOVA_ADMIN_USER", "admin")
                + ":" + System.getenv().getOrDefault("NOVA_ADMIN_PASSWORD", "nova-local-admin")).getBytes(StandardCharsets.UTF_8));
        String served = "SELECT count(*) FROM search_index WHERE generation = (SELECT serving FROM search_projection)";
        long total = count(db, served);
        int rate = Integer.getInteger("bench.rebuild-live-rate", 20);
        String marker = "during" + run;
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
        Thread traffic = new Thread(() -> {
            try {
                while (!stop.get()) {
                    publish(producer, UUID.randomUUID(), author, "live during rebuild " + marker, "en", "livetag", Instant.now()).get();
                    sent.incrementAndGet();
                    Thread.sleep(1000 / Math.max(1, rate)); // the live traffic's pace
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long t0 = System.nanoTime();
        traffic.start();
        HttpResponse<String> started = HTTP.send(HttpRequest.newBuilder(URI.create(search + "/search/rebuilds"))
                .header("Authorization", basic).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            stop.set(true);
            throw new IllegalStateException("rebuild: " + started.statusCode() + " " + started.body());
        }
        JsonObject status;
        long nextProgress = t0 + 30_000_000_000L;
        while (true) {
            HttpResponse<String> current = HTTP.send(HttpRequest.newBuilder(URI.create(search + "/search/rebuilds/current"))
                    .header("Authorization", basic).GET().build(), HttpResponse.BodyHandlers.ofString());
            status = Json.createReader(new StringReader(current.body())).readObject();
            if (!"building".equals(status.getString("state"))) {
                break;
            }
            if (System.nanoTime() >= nextProgress) {
                nextProgress += 30_000_000_000L;
                System.out.printf(Locale.ROOT, "  ... %.0f s: %d events replayed; load %s%n", (System.nanoTime() - t0) / 1e9,
                        status.getJsonNumber("replayed").longValue(), load());
            }
            Thread.sleep(250); // polling the rebuild's state; resolution 250 ms
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        stop.set(true);
        traffic.join();
        long replayed = status.getJsonNumber("replayed").longValue();
        System.out.printf(Locale.ROOT, "rebuild: %s in %.1f s, %d events replayed (%.0f/s), %d caught up; %d documents "
                + "served before, %d after; load %s%n", status.getString("state"), seconds, replayed, replayed / seconds,
                status.getJsonNumber("caughtUp").longValue(), total, count(db, served), load());
        System.out.printf(Locale.ROOT, "  ratio rebuild rate / live indexing rate: %.2f%n", (replayed / seconds) / liveRate);
        long deadline = System.nanoTime() + 60_000_000_000L;
        long found;
        String during = "SELECT count(*) FROM search_index WHERE generation = (SELECT serving FROM search_projection)"
                + " AND document @@ to_tsquery('simple', '" + marker + "')";
        while ((found = count(db, during)) < sent.get() && System.nanoTime() < deadline) {
            Thread.sleep(100); // the last live posts still on their way through the consumer
        }
        System.out.printf(Locale.ROOT, "  live posts during the rebuild (%d/s): %d published, %d found in the new generation%s%n",
                rate, sent.get(), found, found == sent.get() ? " (none lost)" : " — LOST " + (sent.get() - found));
    }

    /**
     * Post {@code i}'s text: 12–40 vocabulary words, the common term in every third, a rare one in every tenth, the
     * middle term in every 33rd (3 %), the tenth term in every tenth (10 %).
     */
    static String text(Random random, String[] vocabulary, int i, Terms terms) {
        StringBuilder text = new StringBuilder();
        int words = 12 + random.nextInt(29);
        for (int w = 0; w < words; w++) {
            // a Zipf-like draw: low indexes far more often
            text.append(vocabulary[(int) Math.min(vocabulary.length - 1, Math.abs(random.nextGaussian()) * 700)]).append(' ');
        }
        if (i % 3 == 0) {
            text.append(terms.common()).append(' ');
        }
        if (i % 10 == 0) {
            text.append(terms.rare()).append(i / 100).append(' ');
        }
        if (i % 33 == 5) {
            text.append(terms.mid()).append(' ');
        }
        if (i % 10 == 3) {
            text.append(terms.tenth()).append(' ');
        }
        return text.append(terms.run()).toString();
    }

    static KafkaProducer<String, byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** For the corpus: throughput first (acks from the leader, larger batches). */
    static KafkaProducer<String, byte[]> fastProducer(String bootstrap) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "1",
                ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 262_144,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false), new StringSerializer(), new ByteArraySerializer());
    }

    static Future<RecordMetadata> publish(KafkaProducer<String, byte[]> producer, UUID postId, UUID author, String text,
                                          String language, String tag, Instant at) {
        return content(producer, "nova.content", "content.post.created", postId,
                postData(postId, author, "public", text, language, tag, at).add("createdAt", at.toString()).build());
    }

    /** A post's fields as content's post events carry them (the time field is the event's own). */
    static jakarta.json.JsonObjectBuilder postData(UUID postId, UUID author, String visibility, String text,
                                                   String language, String tag, Instant at) {
        JsonArrayBuilder none = Json.createArrayBuilder();
        var data = Json.createObjectBuilder().add("postId", postId.toString()).add("authorId", author.toString())
                .add("visibility", visibility).add("text", text).addNull("contentWarning").add("sensitive", false)
                .add("mediaIds", none).add("mentionIds", Json.createArrayBuilder())
                .add("hashtags", Json.createArrayBuilder().add(tag)).addNull("replyToId").addNull("replyToAuthorId")
                .addNull("quoteOfId").addNull("quoteOfAuthorId");
        if (language == null) {
            data.addNull("language");
        } else {
            data.add("language", language);
        }
        return data;
    }

    /** A content event on {@code topic}, keyed by its subject, as content's relay publishes it. */
    static Future<RecordMetadata> content(KafkaProducer<String, byte[]> producer, String topic, String type, UUID subject,
                                          JsonObject data) {
        Instant at = Instant.now();
        JsonObject event = Json.createObjectBuilder().add("specversion", "1.0").add("id", UUID.randomUUID().toString())
                .add("source", "content").add("type", type).add("subject", subject.toString())
                .add("time", at.toString()).add("datacontenttype", "application/json").add("dataschemaversion", 1)
                .add("data", data).build();
        return producer.send(new ProducerRecord<>(topic, subject.toString(),
                event.toString().getBytes(StandardCharsets.UTF_8)));
    }

    static long indexed(Connection db, String run) throws Exception {
        // the run's token is in every post of the run: a GIN lookup, not a scan
        return count(db, "SELECT count(*) FROM search_index WHERE generation = (SELECT serving FROM search_projection)"
                + " AND document @@ to_tsquery('simple', '" + run + "')");
    }

    static long count(Connection db, String sql) throws Exception {
        try (var statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static HttpResponse<String> get(String url, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static String letters(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    static long at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1))];
    }

    static String ms(long[] sorted, double quantile) {
        return String.format(Locale.ROOT, "%.1f ms", at(sorted, quantile) / 1e6);
    }

    /** Registering and logging in through the gateway, as perf/content does. */
    static final class ContentLatency {
        static void register(String gateway, String username, String password) throws Exception {
            graphql(gateway, null, "mutation r($input: RegisterInput!) { register(input: $input) { id } }",
                    Json.createObjectBuilder().add("input", Json.createObjectBuilder()
                            .add("email", username + "@example.org").add("username", username).add("password", password)).build());
        }

        static String login(String gateway, String username, String password) throws Exception {
            return graphql(gateway, null, """
                    mutation l($login: String!, $password: String!) { login(login: $login, password: $password) { accessToken } }""",
                    Json.createObjectBuilder().add("login", username).add("password", password).build())
                    .getJsonObject("login").getString("accessToken");
        }

        static JsonObject graphql(String url, String token, String query, JsonObject variables) throws Exception {
            String body = Json.createObjectBuilder().add("query", query).add("variables", variables).build().toString();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
            if (json.containsKey("errors") && !json.isNull("errors")) {
                throw new IllegalStateException("GraphQL errors: " + json.get("errors"));
            }
            return json.getJsonObject("data");
        }
    }
}
