package nova.perf;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * What a call through the gateway costs: the same data, one user's profile, asked for through the gateway
 * ({@code { me { id username } }}) and straight from the user context ({@code GET /users/me}), in the same run,
 * at concurrency 1 and at saturation. For each: p50/p99, requests per second, and the CPU time each server
 * spent per request, read from {@code /proc/<pid>/stat} before and after (JIT and GC included). Prints its
 * figures and the gateway/direct ratios; asserts nothing.
 *
 * <p>Before measuring it waits for a calm machine ({@link #awaitCalm}); each measurement runs in two halves in the
 * order gateway, direct, direct, gateway.
 *
 * <p>{@code -Dbench.seconds=20} per measurement, {@code -Dbench.warmupSeconds=20} per target before the first,
 * {@code -Dbench.saturation=8} clients, {@code -Dbench.pids=gateway=123,user=456} (servers whose CPU is read),
 * {@code -Dbench.clockTicks=100} ({@code getconf CLK_TCK}), {@code -Dbench.jfr=<file>}: record the gateway's
 * saturation run with Java Flight Recorder into this file ({@link Hotspots} reads it).
 */
public final class GatewayCostBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String GATEWAY = System.getProperty("bench.gateway", "http://localhost:9080");
    private static final String USER = System.getProperty("bench.user", "http://localhost:9082");
    /** CPU milliseconds per second each process spends with no requests (timers, pollers, Kafka consumers). */
    private static final Map<String, Double> IDLE = new LinkedHashMap<>();
    private static final String ME = Json.createObjectBuilder().add("query", "{ me { id username } }").build().toString();

    private GatewayCostBenchmark() {
    }

    /** One way to the data: a request that must answer 200 with the profile. */
    private interface Target {
        String name();

        HttpRequest request();

        boolean answered(HttpResponse<String> response);
    }

    record Figures(String target, int concurrency, int requests, int failures, double seconds, double p50, double p99,
                   Map<String, Double> cpuMsPerRequest, long timeWaitsToUser) {
        double throughput() {
            return requests / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 20);
        int warmup = Integer.getInteger("bench.warmupSeconds", 20);
        int saturation = Integer.getInteger("bench.saturation", 8);
        Map<String, Long> pids = pids(System.getProperty("bench.pids", ""));
        long clockTicks = Long.getLong("bench.clockTicks", 100);
        String jfr = System.getProperty("bench.jfr", "");

        String token = newMember();
        awaitCalm(pids, clockTicks);
        Target gateway = new Target() {
            public String name() {
                return "gateway";
            }

            public HttpRequest request() {
                return HttpRequest.newBuilder(URI.create(GATEWAY + "/graphql")).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(ME)).build();
            }

            public boolean answered(HttpResponse<String> response) {
                return response.statusCode() == 200 && response.body().contains("\"username\"")
                        && !response.body().contains("\"errors\"");
            }
        };
        Target direct = new Target() {
            public String name() {
                return "direct";
            }

            public HttpRequest request() {
                return HttpRequest.newBuilder(URI.create(USER + "/users/me")).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token).GET().build();
            }

            public boolean answered(HttpResponse<String> response) {
                return response.statusCode() == 200 && response.body().contains("\"username\"");
            }
        };

        System.out.printf(Locale.ROOT, "==== gateway cost: { me { id username } } through the gateway vs GET /users/me;"
                + " %d s each, warm-up %d s per target, saturation %d clients ====%n", seconds, warmup, saturation);
        StringBuilder idle = new StringBuilder();
        IDLE.forEach((server, ms) -> idle.append(String.format(Locale.ROOT, " %s %.1f", server, ms)));
        System.out.println("idle CPU, ms per second:" + idle + " (subtracted from the CPU per request below;"
                + " 'machine' is every process, PostgreSQL and the other servers included)");
        for (Target target : List.of(gateway, direct)) {
            run(target, saturation, warmup, Map.of(), clockTicks, null);
        }
        // each measurement in two halves, in the order gateway, direct, direct, gateway: a background that
        // slowly fades (the other servers' JIT after a start) then favours neither
        List<Figures> all = new ArrayList<>();
        for (int concurrency : List.of(1, saturation)) {
            boolean profile = !jfr.isEmpty() && concurrency == saturation;
            Sample g1 = run(gateway, concurrency, seconds / 2, pids, clockTicks, profile ? jfr : null);
            Sample d1 = run(direct, concurrency, seconds / 2, pids, clockTicks, null);
            Sample d2 = run(direct, concurrency, seconds - seconds / 2, pids, clockTicks, null);
            Sample g2 = run(gateway, concurrency, seconds - seconds / 2, pids, clockTicks, null);
            for (Figures figures : List.of(g1.and(g2).figures(gateway.name(), concurrency, clockTicks),
                    d1.and(d2).figures(direct.name(), concurrency, clockTicks))) {
                all.add(figures);
                print(figures);
            }
        }
        System.out.println();
        for (int i = 0; i < all.size(); i += 2) {
            Figures g = all.get(i);
            Figures d = all.get(i + 1);
            System.out.printf(Locale.ROOT, "concurrency %2d: gateway/direct throughput %.2fx; p50 %+.1f ms (%.1f vs %.1f);"
                            + " p99 %+.1f ms%n", g.concurrency(), g.throughput() / d.throughput(), g.p50() - d.p50(),
                    g.p50(), d.p50(), g.p99() - d.p99());
        }
    }

    /** What one run measured: latencies of the requests answered, failures, seconds, CPU ticks per process. */
    record Sample(List<Long> latencies, int failures, double seconds, Map<String, Long> ticks, long timeWaits) {

        Sample and(Sample other) {
            List<Long> both = new ArrayList<>(latencies);
            both.addAll(other.latencies());
            Map<String, Long> sum = new LinkedHashMap<>(ticks);
            other.ticks().forEach((server, t) -> sum.merge(server, t, Long::sum));
            return new Sample(both, failures + other.failures(), seconds + other.seconds(), sum,
                    Math.max(timeWaits, other.timeWaits()));
        }

        Figures figures(String target, int concurrency, long clockTicks) {
            List<Long> sorted = new ArrayList<>(latencies);
            sorted.sort(null);
            Map<String, Double> perRequest = new LinkedHashMap<>();
            ticks.forEach((server, t) -> {
                double ms = t * 1000.0 / clockTicks - IDLE.getOrDefault(server, 0.0) * seconds;
                perRequest.put(server, sorted.isEmpty() ? 0 : ms / sorted.size());
            });
            return new Figures(target, concurrency, sorted.size(), failures, seconds, at(sorted, 0.50), at(sorted, 0.99),
                    perRequest, timeWaits);
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
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<long[]>> parts = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            parts.add(pool.submit(() -> {
                long[] took = new long[1024];
                int n = 0;
                int failed = 0;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = HTTP.send(target.request(), HttpResponse.BodyHandlers.ofString());
                    long t = System.nanoTime() - t0;
                    if (!target.answered(response)) {
                        if (failed++ == 0) {
                            System.err.println(target.name() + " answered " + response.statusCode() + ": " + response.body());
                        }
                        continue;
                    }
                    if (n == took.length) {
                        took = java.util.Arrays.copyOf(took, n * 2);
                    }
                    took[n++] = t;
                }
                long[] result = java.util.Arrays.copyOf(took, n + 1);
                result[n] = failed; // the last slot carries the failures
                return result;
            }));
        }
        List<Long> latencies = new ArrayList<>();
        int failures = 0;
        for (Future<long[]> part : parts) {
            long[] took = part.get();
            for (int i = 0; i < took.length - 1; i++) {
                latencies.add(took[i]);
            }
            failures += (int) took[took.length - 1];
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        if (jfr != null) {
            jcmd(pids.get("gateway"), "JFR.stop", "name=gateway-cost", "filename=" + jfr);
        }
        Map<String, Long> cpuAfter = cpu(pids);
        Map<String, Long> ticks = new LinkedHashMap<>();
        cpuBefore.forEach((server, t) -> ticks.put(server, cpuAfter.get(server) - t));
        return new Sample(latencies, failures, elapsed, ticks, timeWaits(9082));
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
        System.out.printf(Locale.ROOT, "%-8s c=%-2d %6d req %7.1f req/s  p50 %6.2f ms  p99 %6.2f ms  failed %d"
                        + "  CPU ms/req:%s  TIME_WAIT :9082 %d%n", f.target(), f.concurrency(), f.requests(), f.throughput(),
                f.p50(), f.p99(), f.failures(), cpu, f.timeWaitsToUser());
    }

    /** Registers and logs in a new member through the gateway; answers its access token once the user context knows it. */
    private static String newMember() throws Exception {
        String name = "gwcost" + UUID.randomUUID().toString().substring(0, 8);
        String password = "gateway cost passphrase";
        graphql("mutation { register(input: {email: \"" + name + "@example.org\", username: \"" + name
                + "\", password: \"" + password + "\"}) { id } }");
        JsonObject login = graphql("mutation { login(login: \"" + name + "\", password: \"" + password
                + "\") { accessToken } }");
        String token = login.getJsonObject("data").getJsonObject("login").getString("accessToken");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        // the profile is made from identity's event: wait until the user context has it
        while (HTTP.send(HttpRequest.newBuilder(URI.create(USER + "/users/me")).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the user context never had the new member's profile");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        }
        return token;
    }

    private static JsonObject graphql(String document) throws IOException, InterruptedException {
        String body = Json.createObjectBuilder().add("query", document).build().toString();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonObject answer = Json.createReader(new StringReader(response.body())).readObject();
        if (answer.containsKey("errors")) {
            throw new IllegalStateException("the gateway refused " + document + ": " + answer);
        }
        return answer;
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

    /** Sockets in TIME_WAIT to or from this port: many mean connections are opened per request, not reused. */
    private static long timeWaits(int port) throws IOException {
        String hex = String.format(Locale.ROOT, ":%04X ", port);
        long count = 0;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(table);
            if (Files.isReadable(path)) {
                count += Files.readAllLines(path).stream().skip(1)
                        .filter(line -> line.trim().split("\\s+")[3].equals("06"))
                        .filter(line -> (line + " ").contains(hex)).count();
            }
        }
        return count;
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
