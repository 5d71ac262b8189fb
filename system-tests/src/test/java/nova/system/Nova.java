package nova.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The running system as the tests see it: servers, ports, credentials of the local profile. */
final class Nova {

    record Server(String name, int httpPort, int httpsPort) {
        URI http(String path) {
            return URI.create("http://localhost:" + httpPort + path);
        }

        URI https(String path) {
            return URI.create("https://localhost:" + httpsPort + path);
        }

        boolean isContext() {
            return !name.equals("gateway");
        }

        /** The context's own database and login role. */
        String database() {
            return "nova_" + name;
        }

        String dbPassword() {
            return Nova.env("NOVA_DB_PASSWORD_" + name.toUpperCase(Locale.ROOT));
        }
    }

    static final List<Server> SERVERS = List.of(
            new Server("gateway", 9080, 9443),
            new Server("identity", 9081, 9444),
            new Server("user", 9082, 9445),
            new Server("content", 9083, 9446),
            new Server("social", 9084, 9447),
            new Server("media", 9085, 9448),
            new Server("communication", 9086, 9449),
            new Server("events", 9087, 9450),
            new Server("search", 9088, 9451));

    static final List<Server> CONTEXTS = SERVERS.stream().filter(Server::isContext).toList();

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Nova() {
    }

    static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run the system tests through ./nova test");
        }
        return value;
    }

    static String kafkaBootstrap() {
        String value = System.getenv("NOVA_KAFKA_BOOTSTRAP");
        return value == null ? "localhost:9092" : value;
    }

    static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postJson(URI uri, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
