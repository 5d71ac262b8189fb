package nova.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Whatever a client sends, the answer is a clear 400 problem, never a 500 with a stack trace: bodies
 * that are not JSON or not the right shape, values the database cannot store (a NUL character), and
 * bodies larger than any operation takes (413).
 */
class BadInputIT {

    private static final Nova.Server IDENTITY = Backbone.server("identity");

    @Test
    void bodiesThatAreNotTheExpectedJsonAre400() throws Exception {
        for (String path : List.of("/sessions", "/sessions/refresh", "/accounts")) {
            for (String body : List.of("{", "not json", "[]", "{\"login\":5,\"password\":[1],\"refreshToken\":{},\"email\":true}")) {
                HttpResponse<String> response = Nova.postJson(IDENTITY.http(path), body);
                assertEquals(400, response.statusCode(), path + " " + body + ": " + response.body());
                assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
                assertTrue(!response.body().contains("Exception"), "no internals: " + response.body());
            }
        }
    }

    @Test
    void aNulCharacterIsBadInputNotAnOutage() throws Exception {
        HttpResponse<String> response = Nova.postJson(IDENTITY.http("/sessions"), "{\"login\":\"a\\u0000b\",\"password\":\"x\"}");
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("invalid-input", Nova.json(response.body()).getString("type").replaceAll(".*/", ""));
        try (Gql gql = Gql.anonymous()) {
            // through the gateway: an input error, which must not count against identity's circuit breaker
            for (int i = 0; i < 12; i++) {
                Optional<String> code = gql.execute(FirstJourneyIT.LOGIN,
                        java.util.Map.of("login", "a\u0000b", "password", "x")).code();
                assertEquals(Optional.of("VALIDATION_FAILED"), code, "attempt " + i);
            }
        }
    }

    @Test
    void aBodyOverOneMebibyteIs413WhetherDeclaredOrStreamed() throws Exception {
        char[] padding = new char[1_100_000];
        Arrays.fill(padding, 'a');
        byte[] body = ("{\"username\":\"" + new String(padding) + "\"}").getBytes(StandardCharsets.UTF_8);
        for (Nova.Server server : List.of(IDENTITY, Backbone.server("user"), Backbone.EVENTS)) {
            HttpResponse<String> declared = send(server, "/accounts", HttpRequest.BodyPublishers.ofByteArray(body));
            assertEquals(413, declared.statusCode(), server.name() + ": " + declared.body());
            assertEquals("payload-too-large", Nova.json(declared.body()).getString("type").replaceAll(".*/", ""));
        }
        // no Content-Length: counted while identity reads it
        HttpResponse<String> streamed = send(IDENTITY, "/accounts",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        assertEquals(413, streamed.statusCode(), streamed.body());
        assertEquals("payload-too-large", Nova.json(streamed.body()).getString("type").replaceAll(".*/", ""));
    }

    private static HttpResponse<String> send(Nova.Server server, String path, HttpRequest.BodyPublisher body) throws Exception {
        return Nova.HTTP.send(HttpRequest.newBuilder(server.http(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }
}
