package nova.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A context played by the test, on a localhost port of its own, for a server deployed alone: canned answers by
 * method and path, and a record of every request it was sent. Anything not set up is answered 404.
 */
public final class StubContext implements AutoCloseable {

    /** One request the server under test sent; {@code query} is its raw query string, null without one. */
    public record Request(String method, String path, String authorization, String body, String query) {

        /** A request without a query string. */
        public Request(String method, String path, String authorization, String body) {
            this(method, path, authorization, body, null);
        }
    }

    private record Answer(int status, String contentType, byte[] body) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

    private StubContext(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Listens on the port of {@code url} (e.g. the {@code NOVA_IDENTITY_URL} the server under test was given). */
    public static StubContext at(URI url) throws IOException {
        return new StubContext(url.getPort());
    }

    /** Listens where the build told the server under test to find a context ({@code nova.it.env.<variable>}). */
    public static StubContext playing(String variable) throws IOException {
        return at(URI.create(LibertyServer.property("nova.it.env." + variable)));
    }

    /** From now on, {@code method path} (no query) is answered {@code status} with {@code body}. */
    public StubContext answer(String method, String path, int status, String contentType, String body) {
        answers.put(method + " " + path, new Answer(status, contentType, body.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    public StubContext answerJson(String method, String path, int status, String json) {
        return answer(method, path, status, "application/json", json);
    }

    public StubContext answerProblem(String method, String path, int status, String json) {
        return answer(method, path, status, "application/problem+json", json);
    }

    /** Forgets every answer and every request: as if new, on the same port (a client's pooled connections stay good). */
    public StubContext reset() {
        answers.clear();
        requests.clear();
        return this;
    }

    /** The requests so far, in arrival order. */
    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public List<Request> requests(String method, String path) {
        return requests().stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(method, path, exchange.getRequestHeaders().getFirst("Authorization"), body,
                exchange.getRequestURI().getRawQuery()));
        Answer answer = answers.getOrDefault(method + " " + path,
                new Answer(404, "application/problem+json", "{\"status\":404,\"title\":\"Not Found\"}".getBytes(StandardCharsets.UTF_8)));
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
