package nova.perf;

import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Login throughput with identity's hash parameters (argon2id m=19 MiB, t=2, p=1), measured at
 * identity's own API with a fixed number of concurrent clients (default 2: one per core of the
 * target machine). Each login verifies one hash and begins one session (three inserts and the
 * outbox row). Prints logins per second and the latency percentiles; asserts nothing.
 *
 * <p>{@code -Dbench.logins=200}, {@code -Dbench.concurrency=2}, {@code -Dbench.identity=http://localhost:9081}.
 */
public final class LoginThroughputBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PASSWORD = "benchmark passphrase 2026";

    private LoginThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int logins = Integer.getInteger("bench.logins", 200);
        int concurrency = Integer.getInteger("bench.concurrency", 2);
        String identity = System.getProperty("bench.identity", "http://localhost:9081");
        String username = "bench" + UUID.randomUUID().toString().substring(0, 6) + "login";
        String account = Json.createObjectBuilder().add("email", username + "@example.org").add("username", username)
                .add("password", PASSWORD).build().toString();
        if (post(identity + "/accounts", account) != 201) {
            throw new IllegalStateException("could not register the benchmark account");
        }
        String credentials = Json.createObjectBuilder().add("login", username).add("password", PASSWORD).build().toString();
        for (int i = 0; i < 10; i++) { // warm-up, not counted
            post(identity + "/sessions", credentials);
        }
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<long[]>> parts = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < concurrency; c++) {
            int share = logins / concurrency + (c < logins % concurrency ? 1 : 0);
            parts.add(pool.submit(() -> {
                long[] took = new long[share];
                for (int i = 0; i < share; i++) {
                    long t0 = System.nanoTime();
                    int status = post(identity + "/sessions", credentials);
                    if (status != 200) {
                        throw new IllegalStateException("login answered " + status);
                    }
                    took[i] = System.nanoTime() - t0;
                }
                return took;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> part : parts) {
            for (long t : part.get()) {
                all.add(t);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        all.sort(null);
        System.out.println(String.format(Locale.ROOT,
                "==== login throughput: %d logins, %d concurrent, argon2id m=19 MiB t=2 p=1 ====%n"
                        + "%.1f logins/s; latency p50 %.0f ms, p99 %.0f ms, max %.0f ms",
                all.size(), concurrency, all.size() / seconds, at(all, 0.50), at(all, 0.99), all.get(all.size() - 1) / 1e6));
    }

    static int post(String url, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static double at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }
}
