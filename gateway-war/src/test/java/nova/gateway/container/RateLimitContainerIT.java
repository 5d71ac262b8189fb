package nova.gateway.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import nova.testsupport.Deployments;
import nova.testsupport.Http;
import nova.testsupport.InContainer;
import nova.testsupport.LibertyServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The per-caller rate on the deployed gateway (the test server's budget: bursts of 5, one more every 5 s): the sixth
 * request of one token is refused with HTTP 429, {@code Retry-After} and {@code RATE_LIMITED} with
 * {@code extensions.retryAfterSeconds}, while another token is still served.
 */
@InContainer
class RateLimitContainerIT {

    private final HttpClient client = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    private HttpResponse<String> ask(String token) throws Exception {
        String body = Json.createObjectBuilder().add("query", "{ __typename }").build().toString();
        return client.send(HttpRequest.newBuilder(LibertyServer.base().resolve("/graphql"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theSixthRequestOfOneCallerIsRateLimitedWithARetryHintAndAnotherCallerIsServed() throws Exception {
        String token = UUID.randomUUID().toString();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> served = ask(token);
            assertEquals(200, served.statusCode(), served.body());
            assertTrue(Http.json(served).containsKey("data"), served.body());
        }

        HttpResponse<String> refused = ask(token);

        assertEquals(429, refused.statusCode(), refused.body());
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 5, "Retry-After " + retryAfter);
        JsonObject extensions = Http.json(refused).getJsonArray("errors").getJsonObject(0).getJsonObject("extensions");
        assertEquals("RATE_LIMITED", extensions.getString("code"));
        assertEquals(retryAfter, extensions.getJsonNumber("retryAfterSeconds").longValue());
        assertEquals(200, ask(UUID.randomUUID().toString()).statusCode(), "another caller has its own budget");
    }
}
