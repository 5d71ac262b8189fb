package nova.perf;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Issue 16's latencies as a client sees them, through the gateway at concurrency 1: {@code createPost} (with a
 * mention and a hashtag, so the content context resolves the name with the user context) and {@code thread} of a
 * post with 20 replies (authors batched: one user call), each against a baseline through the same gateway in the
 * same run: {@code updateProfile} (a write of the user context that publishes an event, as createPost does) and
 * {@code me} (one read of one context). The four operations are interleaved round by round, so every one sees the
 * same machine. Prints p50/p99 and the ratios; asserts nothing.
 *
 * <p>{@code -Dbench.rounds=300}, {@code -Dbench.warmup=50}, {@code -Dbench.replies=20},
 * {@code -Dbench.gateway=http://localhost:9080}.
 */
public final class ContentLatencyBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PASSWORD = "benchmark passphrase 2026";

    private ContentLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 300);
        int warmup = Integer.getInteger("bench.warmup", 50);
        int replies = Integer.getInteger("bench.replies", 20);
        String gateway = System.getProperty("bench.gateway", "http://localhost:9080") + "/graphql";
        String run = UUID.randomUUID().toString().substring(0, 6);

        String author = "bench" + run + "author";
        String friend = "bench" + run + "friend";
        register(gateway, author);
        register(gateway, friend);
        String token = login(gateway, author);
        String friendToken = login(gateway, friend);
        awaitProfile(gateway, token);
        awaitProfile(gateway, friendToken);

        String root = createPost(gateway, token, "A thread to read #bench", null);
        for (int i = 0; i < replies; i++) {
            createPost(gateway, i % 2 == 0 ? friendToken : token, "reply " + i + " #bench", root);
        }
        say("content benchmark: %d rounds (after %d warm-up rounds) through %s, one request at a time; the thread "
                + "has %d replies by 2 authors", rounds, warmup, gateway, replies);

        Map<String, Op> ops = new LinkedHashMap<>();
        ops.put("createPost", i -> createPost(gateway, token, "post " + i + " for @" + friend + " #bench", null));
        ops.put("thread", i -> graphql(gateway, token, """
                query t($id: ID!) { thread(postId: $id) {
                  ancestors { id } post { id text author { username } } descendants { id text author { username } } } }""",
                Json.createObjectBuilder().add("id", root).build()));
        ops.put("updateProfile", i -> graphql(gateway, token, """
                mutation u($input: ProfileInput!) { updateProfile(input: $input) { id bio } }""",
                Json.createObjectBuilder().add("input", Json.createObjectBuilder().add("bio", "bio " + i)).build()));
        ops.put("me", i -> graphql(gateway, token, "{ me { id username displayName } }", JsonObject.EMPTY_JSON_OBJECT));

        for (int i = 0; i < warmup; i++) {
            for (Op op : ops.values()) {
                op.run(-i - 1);
            }
        }
        Map<String, long[]> times = new LinkedHashMap<>();
        ops.keySet().forEach(name -> times.put(name, new long[rounds]));
        long started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            for (Map.Entry<String, Op> op : ops.entrySet()) {
                long t0 = System.nanoTime();
                op.getValue().run(i);
                times.get(op.getKey())[i] = System.nanoTime() - t0;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        times.values().forEach(Arrays::sort);

        say("");
        say("==== content through the gateway, concurrency 1, %d rounds of each, interleaved, %.0f s ====", rounds, seconds);
        for (Map.Entry<String, long[]> entry : times.entrySet()) {
            long[] t = entry.getValue();
            say("%-14s p50 %8s   p99 %8s   max %8s", entry.getKey(), ms(t, 0.50), ms(t, 0.99), ms(t[t.length - 1]));
        }
        say("");
        say("createPost / updateProfile: p50 %.2fx, p99 %.2fx   (a write with an event, each)",
                ratio(times, "createPost", "updateProfile", 0.50), ratio(times, "createPost", "updateProfile", 0.99));
        say("thread / me:                p50 %.2fx, p99 %.2fx   (thread: content read + one batched user read)",
                ratio(times, "thread", "me", 0.50), ratio(times, "thread", "me", 0.99));
    }

    @FunctionalInterface
    interface Op {
        Object run(int i) throws Exception;
    }

    static String createPost(String gateway, String token, String text, String replyTo) throws Exception {
        JsonObjectBuilder input = Json.createObjectBuilder().add("text", text);
        if (replyTo != null) {
            input.add("replyToId", replyTo);
        }
        return graphql(gateway, token, "mutation c($input: PostInput!) { createPost(input: $input) { id } }",
                Json.createObjectBuilder().add("input", input).build()).getJsonObject("createPost").getString("id");
    }

    static void register(String gateway, String username) throws Exception {
        graphql(gateway, null, "mutation r($input: RegisterInput!) { register(input: $input) { id } }",
                Json.createObjectBuilder().add("input", Json.createObjectBuilder()
                        .add("email", username + "@example.org").add("username", username).add("password", PASSWORD)).build());
    }

    static String login(String gateway, String username) throws Exception {
        return graphql(gateway, null, """
                mutation l($login: String!, $password: String!) { login(login: $login, password: $password) { accessToken } }""",
                Json.createObjectBuilder().add("login", username).add("password", PASSWORD).build())
                .getJsonObject("login").getString("accessToken");
    }

    /** Until the user context has the profile (it arrives by event after the registration). */
    static void awaitProfile(String gateway, String token) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                graphql(gateway, token, "{ me { id } }", JsonObject.EMPTY_JSON_OBJECT);
                return;
            } catch (IllegalStateException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(100); // polling for the profile before measuring, not part of any figure
            }
        }
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

    static double ratio(Map<String, long[]> times, String a, String b, double quantile) {
        return (double) at(times.get(a), quantile) / at(times.get(b), quantile);
    }

    static long at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    static String ms(long[] sorted, double quantile) {
        return ms(at(sorted, quantile));
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    static void say(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
