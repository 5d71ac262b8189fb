package nova.perf;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/**
 * Registration → profile visible, measured from the client's side (issue 4). A newcomer registers
 * through the gateway's GraphQL {@code register}; the clock starts when that answer arrives (the
 * account and its {@code identity.user.registered} event are committed) and stops at the first
 * {@code GET /users/{id}} of the user context that finds the profile (polled every 2 ms). Between
 * them: identity's outbox relay, Kafka, the user context's consumer and inbox transaction.
 * Registrations run one after another, as newcomers arriving; argon2id makes each cost about as
 * much as a real one. Prints p50/p90/p99/max; asserts nothing.
 *
 * <p>{@code -Dbench.registrations=200}, {@code -Dbench.gateway=http://localhost:9080},
 * {@code -Dbench.user=http://localhost:9082}.
 */
public final class JourneyLatencyBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PASSWORD = "benchmark passphrase 2026";

    private JourneyLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int registrations = Integer.getInteger("bench.registrations", 200);
        String gateway = System.getProperty("bench.gateway", "http://localhost:9080") + "/graphql";
        String users = System.getProperty("bench.user", "http://localhost:9082") + "/users/";
        String run = UUID.randomUUID().toString().substring(0, 6);

        // one reader: any user's token may read any profile
        String reader = "bench" + run + "reader";
        register(gateway, reader);
        String token = login(gateway, reader);
        say("journey benchmark: %d registrations through %s, profile read from %s", registrations, gateway, users);

        long[] visible = new long[registrations];
        long[] register = new long[registrations];
        long started = System.nanoTime();
        for (int i = 0; i < registrations; i++) {
            long t0 = System.nanoTime();
            String id = register(gateway, "bench" + run + "n" + i);
            long t1 = System.nanoTime();
            HttpRequest read = HttpRequest.newBuilder(URI.create(users + id)).header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(10)).GET().build();
            long deadline = t1 + Duration.ofSeconds(60).toNanos();
            while (HTTP.send(read, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("profile " + id + " not visible after 60 s");
                }
                Thread.sleep(2); // the poll interval of the measurement, not a wait for a result
            }
            visible[i] = System.nanoTime() - t1;
            register[i] = t1 - t0;
            if ((i + 1) % 50 == 0) {
                say("  %d registrations done", i + 1);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(visible);
        Arrays.sort(register);
        say("");
        say("==== registration -> profile visible (%d registrations, one at a time, %.0f s) ====", registrations, seconds);
        say("profile visible after the register answer: p50 %s, p90 %s, p99 %s, max %s",
                ms(visible, 0.50), ms(visible, 0.90), ms(visible, 0.99), ms(visible[visible.length - 1]));
        say("the register call itself (argon2id m=19 MiB, t=2, p=1): p50 %s, p99 %s",
                ms(register, 0.50), ms(register, 0.99));
    }

    static String register(String gateway, String username) throws Exception {
        JsonObject data = graphql(gateway, null, """
                mutation r($input: RegisterInput!) { register(input: $input) { id } }""",
                Json.createObjectBuilder().add("input", Json.createObjectBuilder()
                        .add("email", username + "@example.org").add("username", username).add("password", PASSWORD)).build());
        return data.getJsonObject("register").getString("id");
    }

    static String login(String gateway, String username) throws Exception {
        JsonObject data = graphql(gateway, null, """
                mutation l($login: String!, $password: String!) { login(login: $login, password: $password) { accessToken } }""",
                Json.createObjectBuilder().add("login", username).add("password", PASSWORD).build());
        return data.getJsonObject("login").getString("accessToken");
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

    static String ms(long[] sorted, double quantile) {
        return ms(sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)]);
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    static void say(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
