package nova.perf;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * What a call through the gateway costs against the direct REST calls a client would make itself for the same data,
 * in the same run (issues 14 and 21), for three reads:
 * <ul>
 * <li>{@code me}: {@code { me { id username displayName bio } }} against user {@code GET /users/me};</li>
 * <li>{@code profile}: {@code user(id:)} with the same fields against user {@code GET /users/{id}};</li>
 * <li>{@code feed}: the 20-post feed with each post's author, media, like and share counts and {@code likedByMe},
 * against the five calls a client would chain itself: social {@code GET /feed}, content {@code GET /posts?ids=},
 * then user {@code GET /users?ids=} (the authors), media {@code GET /media?ids=} and social
 * {@code GET /posts/engagement?ids=}, one after the other (a client could overlap the last three; the target is
 * stated against the sum of their medians).</li>
 * </ul>
 * At concurrency 1 and at saturation: p50/p99 of the whole read, the p50 of each direct call and their sum, requests
 * per second, and the CPU time each server spent per request, read from {@code /proc/<pid>/stat} before and after
 * (JIT and GC included, idle subtracted). Prints the figures and the gateway/direct ratios with the load average;
 * asserts nothing. The targets (issue 21): at concurrency 1 the gateway's p50 at most the sum of the direct calls'
 * p50s + 2 ms; at saturation the gateway's throughput at least 0.5x the direct path's.
 *
 * <p>Before measuring it makes its data ({@link FeedFixture}) and waits for a calm machine ({@link #awaitCalm}); each
 * measurement runs in two halves in the order gateway, direct, direct, gateway.
 *
 * <p>{@code -Dbench.seconds=20} per measurement, {@code -Dbench.warmupSeconds=15} per target before the first,
 * {@code -Dbench.saturation=8} clients, {@code -Dbench.reads=me,profile,feed}, {@code -Dbench.pids=gateway=123,user=456}
 * (servers whose CPU is read), {@code -Dbench.clockTicks=100} ({@code getconf CLK_TCK}), {@code -Dbench.jfr=<file>}:
 * record the gateway's saturation run of the last read with Java Flight Recorder into this file ({@link Hotspots}
 * reads it).
 */
public final class GatewayCostBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String GATEWAY = System.getProperty("bench.gateway", "http://localhost:9080");
    private static final String USER = System.getProperty("bench.user", "http://localhost:9082");
    private static final String CONTENT = System.getProperty("bench.content", "http://localhost:9083");
    private static final String SOCIAL = System.getProperty("bench.social", "http://localhost:9084");
    private static final String MEDIA = System.getProperty("bench.media", "http://localhost:9085");
    /** CPU milliseconds per second each process spends with no requests (timers, pollers, Kafka consumers). */
    private static final Map<String, Double> IDLE = new LinkedHashMap<>();
    static final String PROFILE_FIELDS = "id username displayName bio";
    static final String FEED = "{ feed(first: 20) { nodes { id text createdAt author { id username displayName }"
            + " media { id kind width height variants { name url } } likeCount shareCount likedByMe }"
            + " pageInfo { endCursor hasNextPage } } }";

    private GatewayCostBenchmark() {
    }

    /**
     * One way to one read: one or more HTTP calls made one after the other, each of which must answer 200 with the
     * data. {@link #call} answers each call's latency in nanoseconds, or null when one failed (printed once).
     */
    interface Target {
        String name();

        List<String> calls();

        long[] call() throws Exception;
    }

    /** One read, asked both ways. */
    record Read(String name, Target gateway, Target direct) {
    }

    record Figures(String read, String target, int concurrency, int requests, int failures, double seconds, double p50,
                   double p99, Map<String, Double> callP50s, Map<String, Double> cpuMsPerRequest, String load) {
        double throughput() {
            return requests / seconds;
        }

        double sumOfCallP50s() {
            return callP50s.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 20);
        int warmup = Integer.getInteger("bench.warmupSeconds", 15);
        int saturation = Integer.getInteger("bench.saturation", 8);
        List<String> wanted = List.of(System.getProperty("bench.reads", "me,profile,feed").split(","));
        Map<String, Long> pids = pids(System.getProperty("bench.pids", ""));
        long clockTicks = Long.getLong("bench.clockTicks", 100);
        String jfr = System.getProperty("bench.jfr", "");

        FeedFixture fixture = new FeedFixture(HTTP, GATEWAY, USER, SOCIAL, MEDIA);
        long t0 = System.nanoTime();
        FeedFixture.Member reader = fixture.reader();
        JsonObject feed = fixture.graphql(reader.token(), FEED).getJsonObject("feed");
        check(feed.getJsonArray("nodes").size() == 20, "the gateway's feed holds " + feed.getJsonArray("nodes").size()
                + " posts, not 20: " + feed);
        for (JsonValue node : feed.getJsonArray("nodes")) {
            JsonObject post = node.asJsonObject();
            check(post.get("author").getValueType() == JsonValue.ValueType.OBJECT && !post.getJsonArray("media").isEmpty(),
                    "a post without its author or media: " + post);
        }
        String someoneElse = FeedFixture.anyUserId(feed);
        System.out.printf(Locale.ROOT, "data made in %.0f s: a reader following %d authors, a feed of 20 posts with 1-2"
                + " processed pictures each, every other one liked by the reader%n", (System.nanoTime() - t0) / 1e9,
                FeedFixture.AUTHORS);

        List<Read> reads = new ArrayList<>();
        for (Read read : List.of(
                new Read("me", gateway("{ me { " + PROFILE_FIELDS + " } }", reader.token()),
                        direct(reader.token(), List.of("user /users/me"), token -> new Step[] {
                                previous -> USER + "/users/me"})),
                new Read("profile", gateway("{ user(id: \"" + someoneElse + "\") { " + PROFILE_FIELDS + " } }", reader.token()),
                        direct(reader.token(), List.of("user /users/{id}"), token -> new Step[] {
                                previous -> USER + "/users/" + someoneElse})),
                new Read("feed", gateway(FEED, reader.token()), feedDirect(reader.token())))) {
            if (wanted.contains(read.name())) {
                reads.add(read);
            }
        }
        // the direct feed must read what the gateway's does: 20 posts, their authors, media and engagement
        check(feedDirect(reader.token()).call() != null, "the direct feed calls failed");

        awaitCalm(pids, clockTicks);
        System.out.printf(Locale.ROOT, "==== gateway vs direct REST, same run: %s; %d s each, warm-up %d s per target,"
                + " saturation %d clients ====%n", reads.stream().map(Read::name).toList(), seconds, warmup, saturation);
        StringBuilder idle = new StringBuilder();
        IDLE.forEach((server, ms) -> idle.append(String.format(Locale.ROOT, " %s %.1f", server, ms)));
        System.out.println("idle CPU, ms per second:" + idle + " (subtracted from the CPU per request below;"
                + " 'machine' is every process, PostgreSQL and the other servers included)");
        for (Read read : reads) {
            for (Target target : List.of(read.gateway(), read.direct())) {
                run(target, saturation, warmup, Map.of(), clockTicks, null);
            }
        }
        // each measurement in two halves, in the order gateway, direct, direct, gateway: a background that
        // slowly fades (the other servers' JIT after a start) then favours neither
        List<Figures[]> all = new ArrayList<>();
        for (int concurrency : List.of(1, saturation)) {
            for (Read read : reads) {
                boolean profile = !jfr.isEmpty() && concurrency == saturation && read == reads.get(reads.size() - 1);
                Sample g1 = run(read.gateway(), concurrency, seconds / 2, pids, clockTicks, profile ? jfr : null);
                Sample d1 = run(read.direct(), concurrency, seconds / 2, pids, clockTicks, null);
                Sample d2 = run(read.direct(), concurrency, seconds - seconds / 2, pids, clockTicks, null);
                Sample g2 = run(read.gateway(), concurrency, seconds - seconds / 2, pids, clockTicks, null);
                Figures g = g1.and(g2).figures(read.name(), read.gateway(), concurrency, clockTicks);
                Figures d = d1.and(d2).figures(read.name(), read.direct(), concurrency, clockTicks);
                print(g);
                print(d);
                all.add(new Figures[] {g, d});
            }
        }
        System.out.println();
        System.out.println("same-run ratios (targets, issue 21: c=1 gateway p50 <= sum of the direct calls' p50s + 2 ms;"
                + " saturation gateway/direct throughput >= 0.50x):");
        for (Figures[] pair : all) {
            Figures g = pair[0];
            Figures d = pair[1];
            double margin = g.p50() - d.sumOfCallP50s();
            System.out.printf(Locale.ROOT, "%-8s c=%-2d gateway/direct throughput %.2fx%s; gateway p50 %.2f ms vs direct"
                            + " calls' p50s %.2f ms summed (%d calls; the chain's own p50 %.2f): %+.2f ms%s; p99 %.1f vs %.1f ms;"
                            + " load %s%n", g.read(), g.concurrency(), g.throughput() / d.throughput(),
                    g.concurrency() == 1 ? "" : g.throughput() / d.throughput() >= 0.5 ? " (target met)" : " (TARGET MISSED)",
                    g.p50(), d.sumOfCallP50s(), d.callP50s().size(), d.p50(), margin,
                    g.concurrency() != 1 ? "" : margin <= 2 ? " (target met)" : " (TARGET MISSED)", g.p99(), d.p99(), g.load());
        }
    }

    private static void check(boolean condition, String otherwise) {
        if (!condition) {
            throw new IllegalStateException(otherwise);
        }
    }

    /** One GraphQL document through the gateway: one call that must answer 200 without errors. */
    private static Target gateway(String document, String token) {
        String body = Json.createObjectBuilder().add("query", document).build().toString();
        return new Target() {
            private final AtomicBoolean told = new AtomicBoolean();

            public String name() {
                return "gateway";
            }

            public List<String> calls() {
                return List.of("gateway /graphql");
            }

            public long[] call() throws Exception {
                long t0 = System.nanoTime();
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/graphql"))
                        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                long took = System.nanoTime() - t0;
                if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                    if (!told.getAndSet(true)) {
                        System.err.println("gateway answered " + response.statusCode() + ": " + response.body());
                    }
                    return null;
                }
                return new long[] {took};
            }
        };
    }

    /** One call of a direct chain: its URL, from the answer of the call before (null for the first). */
    interface Step {
        String url(String previous);
    }

    interface Chain {
        Step[] steps(String token);
    }

    /** Calls made one after the other, each with the caller's token, each of which must answer 200. */
    private static Target direct(String token, List<String> calls, Chain chain) {
        return new Target() {
            private final AtomicBoolean told = new AtomicBoolean();

            public String name() {
                return "direct";
            }

            public List<String> calls() {
                return calls;
            }

            public long[] call() throws Exception {
                Step[] steps = chain.steps(token); // each read its own: the steps keep what the calls before answered
                long[] took = new long[steps.length];
                String previous = null;
                for (int i = 0; i < steps.length; i++) {
                    String url = steps[i].url(previous);
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    took[i] = System.nanoTime() - t0;
                    if (response.statusCode() != 200) {
                        if (!told.getAndSet(true)) {
                            System.err.println("direct " + url + " answered " + response.statusCode() + ": " + response.body());
                        }
                        return null;
                    }
                    previous = response.body();
                }
                return took;
            }
        };
    }

    /**
     * The feed as a client would read it without the gateway: the page of ids from social, the posts from content,
     * then the authors from user, the media from media and the engagement from social, each call one after the
     * other, each parsing the JSON it needs from the answers before (as a client must).
     */
    private static Target feedDirect(String token) {
        List<String> calls = List.of("social /feed", "content /posts?ids=", "user /users?ids=", "media /media?ids=",
                "social /posts/engagement?ids=");
        return direct(token, calls, t -> {
            String[] postIds = new String[1];
            String[] posts = new String[1];
            return new Step[] {
                previous -> SOCIAL + "/feed?limit=20",
                previous -> {
                    List<String> ids = new ArrayList<>();
                    for (JsonValue item : FeedFixture.object(previous).getJsonArray("items")) {
                        ids.add(item.asJsonObject().getString("postId"));
                    }
                    postIds[0] = String.join(",", ids);
                    return CONTENT + "/posts?ids=" + postIds[0];
                },
                previous -> {
                    posts[0] = previous;
                    Set<String> authors = new LinkedHashSet<>();
                    for (JsonValue post : FeedFixture.array(previous)) {
                        authors.add(post.asJsonObject().getString("authorId"));
                    }
                    return USER + "/users?ids=" + String.join(",", authors);
                },
                previous -> {
                    Set<String> media = new LinkedHashSet<>();
                    for (JsonValue post : FeedFixture.array(posts[0])) {
                        post.asJsonObject().getJsonArray("mediaIds").forEach(id -> media.add(((JsonString) id).getString()));
                    }
                    return MEDIA + "/media?ids=" + String.join(",", media);
                },
                previous -> SOCIAL + "/posts/engagement?ids=" + postIds[0]};
        });
    }

    /** What one run measured: latencies of the reads answered (whole, and per call), failures, seconds, CPU ticks. */
    record Sample(List<Long> latencies, List<List<Long>> callLatencies, int failures, double seconds,
                  Map<String, Long> ticks, String load) {

        Sample and(Sample other) {
            List<Long> both = new ArrayList<>(latencies);
            both.addAll(other.latencies());
            List<List<Long>> calls = new ArrayList<>();
            for (int i = 0; i < callLatencies.size(); i++) {
                List<Long> call = new ArrayList<>(callLatencies.get(i));
                call.addAll(other.callLatencies().get(i));
                calls.add(call);
            }
            Map<String, Long> sum = new LinkedHashMap<>(ticks);
            other.ticks().forEach((server, t) -> sum.merge(server, t, Long::sum));
            return new Sample(both, calls, failures + other.failures(), seconds + other.seconds(), sum,
                    load + ", " + other.load());
        }

        Figures figures(String read, Target target, int concurrency, long clockTicks) {
            List<Long> sorted = new ArrayList<>(latencies);
            sorted.sort(null);
            Map<String, Double> callP50s = new LinkedHashMap<>();
            for (int i = 0; i < callLatencies.size(); i++) {
                List<Long> call = new ArrayList<>(callLatencies.get(i));
                call.sort(null);
                callP50s.put(target.calls().get(i), at(call, 0.50));
            }
            Map<String, Double> perRequest = new LinkedHashMap<>();
            ticks.forEach((server, t) -> {
                double ms = t * 1000.0 / clockTicks - IDLE.getOrDefault(server, 0.0) * seconds;
                perRequest.put(server, sorted.isEmpty() ? 0 : ms / sorted.size());
            });
            return new Figures(read, target.name(), concurrency, sorted.size(), failures, seconds, at(sorted, 0.50),
                    at(sorted, 0.99), callP50s, perRequest, load);
        }
    }

    private static Sample run(Target target, int concurrency, int seconds, Map<String, Long> pids, long clockTicks,
                              String jfr) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        Map<String, Long> cpuBefore = cpu(pids);
        if (jfr != null) {
            jcmd(pids.get("gateway"), "JFR.configure", "stackdepth=256"); // Liberty's stacks are deeper than the default 64
            jcmd(pids.get("gateway"), "JFR.start", "name=gateway-cost", "settings=profile");
        }
        int calls = target.calls().size();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<List<long[]>>> parts = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            parts.add(pool.submit(() -> {
                List<long[]> took = new ArrayList<>(4096);
                int failed = 0;
                while (System.nanoTime() < end) {
                    long[] each = target.call();
                    if (each == null) {
                        failed++;
                        continue;
                    }
                    long[] row = Arrays.copyOf(each, calls + 1);
                    row[calls] = Arrays.stream(each).sum();
                    took.add(row);
                }
                took.add(new long[] {failed}); // the last row carries the failures
                return took;
            }));
        }
        List<Long> latencies = new ArrayList<>();
        List<List<Long>> callLatencies = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            callLatencies.add(new ArrayList<>());
        }
        int failures = 0;
        for (Future<List<long[]>> part : parts) {
            List<long[]> took = part.get();
            for (int r = 0; r < took.size() - 1; r++) {
                long[] row = took.get(r);
                latencies.add(row[calls]);
                for (int i = 0; i < calls; i++) {
                    callLatencies.get(i).add(row[i]);
                }
            }
            failures += (int) took.get(took.size() - 1)[0];
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        if (jfr != null) {
            jcmd(pids.get("gateway"), "JFR.stop", "name=gateway-cost", "filename=" + jfr);
        }
        Map<String, Long> cpuAfter = cpu(pids);
        Map<String, Long> ticks = new LinkedHashMap<>();
        cpuBefore.forEach((server, t) -> ticks.put(server, cpuAfter.get(server) - t));
        return new Sample(latencies, callLatencies, failures, elapsed, ticks, loadAverage());
    }

    /** The one-minute load average as /proc/loadavg has it. */
    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    /**
     * Waits (at most {@code bench.calmSeconds}, 180) until the machine is calm: less than {@code bench.calmCores}
     * (0.5) busy over 5 s, as it is a while after a start, when the other servers' JIT is done. What each process
     * spends then is its idle CPU, subtracted from the figures.
     */
    private static void awaitCalm(Map<String, Long> pids, long clockTicks) throws IOException {
        double calmCores = Double.parseDouble(System.getProperty("bench.calmCores", "0.5"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Integer.getInteger("bench.calmSeconds", 180));
        long t0 = System.nanoTime();
        while (true) {
            Map<String, Long> before = cpu(pids);
            LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(5));
            Map<String, Long> after = cpu(pids);
            IDLE.clear();
            before.forEach((server, t) -> IDLE.put(server, (after.get(server) - t) * 1000.0 / clockTicks / 5));
            if (IDLE.get("machine") < calmCores * 1000 || System.nanoTime() > deadline) {
                System.out.printf(Locale.ROOT, "waited %.0f s for a calm machine (%.2f cores busy without requests)%n",
                        (System.nanoTime() - t0) / 1e9, IDLE.get("machine") / 1000);
                return;
            }
        }
    }

    private static void print(Figures f) {
        StringBuilder cpu = new StringBuilder();
        f.cpuMsPerRequest().forEach((server, ms) -> cpu.append(String.format(Locale.ROOT, " %s %.2f", server, ms)));
        StringBuilder calls = new StringBuilder();
        if (f.callP50s().size() > 1) {
            calls.append("  calls' p50:");
            f.callP50s().forEach((call, p50) -> calls.append(String.format(Locale.ROOT, " %s %.2f", call, p50)));
            calls.append(String.format(Locale.ROOT, " (sum %.2f)", f.sumOfCallP50s()));
        }
        System.out.printf(Locale.ROOT, "%-8s %-8s c=%-2d %6d req %7.1f req/s  p50 %6.2f ms  p99 %6.2f ms  failed %d"
                        + "%s  CPU ms/req:%s  load %s%n", f.read(), f.target(), f.concurrency(), f.requests(), f.throughput(),
                f.p50(), f.p99(), f.failures(), calls, cpu, f.load());
    }

    private static Map<String, Long> pids(String spec) {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            String[] pair = entry.split("=");
            if (pair.length == 2) {
                pids.put(pair[0].trim(), Long.parseLong(pair[1].trim()));
            }
        }
        return pids;
    }

    /**
     * utime + stime of each process, in clock ticks (fields 14 and 15 of /proc/<pid>/stat), and of the whole
     * machine (every CPU's time that was not idle, from /proc/stat).
     */
    private static Map<String, Long> cpu(Map<String, Long> pids) throws IOException {
        Map<String, Long> ticks = new LinkedHashMap<>();
        for (Map.Entry<String, Long> pid : pids.entrySet()) {
            ticks.put(pid.getKey(), ticksOf(Path.of("/proc", String.valueOf(pid.getValue()), "stat")));
        }
        ticks.put("bench", ticksOf(Path.of("/proc/self/stat")));
        String[] all = Files.readAllLines(Path.of("/proc/stat")).get(0).split("\\s+");
        long busy = 0;
        for (int i = 1; i < all.length && i <= 8; i++) {
            busy += i == 4 || i == 5 ? 0 : Long.parseLong(all[i]); // idle and iowait are not work
        }
        ticks.put("machine", busy);
        return ticks;
    }

    private static long ticksOf(Path stat) throws IOException {
        String line = Files.readString(stat);
        // the command name (field 2) may hold spaces: count fields after its closing parenthesis
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static void jcmd(Long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("jcmd", String.valueOf(pid)));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (jcmd.waitFor() != 0) {
            System.err.println("jcmd " + String.join(" ", command) + " failed");
        }
    }

    static double at(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }
}
