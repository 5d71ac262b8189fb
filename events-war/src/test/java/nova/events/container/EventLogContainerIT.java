package nova.events.container;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nova.platform.events.CloudEvent;
import nova.testsupport.Deployments;
import nova.testsupport.Http;
import nova.testsupport.InContainer;
import nova.testsupport.LibertyServer;
import nova.testsupport.Topics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The log for operators: one request's trace followed across contexts (every event with its trace id, in time order,
 * with the context that produced it), and a query read a page at a time through the {@code Link} header.
 */
@InContainer
class EventLogContainerIT {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    private final Http operator = Http.to(LibertyServer.base()).asOperator();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Test
    void oneTracesEventsAreFollowedAcrossContextsInTimeOrder() {
        String trace = Probes.traceId();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        CloudEvent first = Probes.probe("media", "m-" + UUID.randomUUID(), t0, trace);
        CloudEvent second = Probes.probe("user", "u-" + UUID.randomUUID(), t0.plusMillis(5), trace);
        CloudEvent third = Probes.probe("media", first.subject(), t0.plusMillis(9), trace);
        CloudEvent elsewhere = Probes.probe("media", first.subject(), t0.plusMillis(7), Probes.traceId());
        // sent out of order, on two topics: the log orders them by time
        Topics.send("nova.media", third, elsewhere, first);
        Topics.send("nova.user", second);

        String path = "/events/traces/" + trace;
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> array(operator.get(path)).size() == 3);
        List<JsonObject> steps = array(operator.get(path)).getValuesAs(JsonObject.class);
        assertEquals(List.of(first.id().toString(), second.id().toString(), third.id().toString()),
                steps.stream().map(s -> s.getString("eventId")).toList());
        assertEquals(List.of("media", "user", "media"), steps.stream().map(s -> s.getString("context")).toList());
        assertEquals(List.of("nova.media", "nova.user", "nova.media"), steps.stream().map(s -> s.getString("topic")).toList());
        assertEquals(Probes.USER_PROBE, steps.get(1).getString("type"));

        // the same filter on the log itself, with another filter beside it
        JsonArray mediaOnly = array(operator.get("/events?trace=" + trace + "&type=" + Probes.MEDIA_PROBE));
        assertEquals(List.of(first.id().toString(), third.id().toString()), ids(mediaOnly));
        assertEquals(0, array(operator.get("/events/traces/" + Probes.traceId())).size(), "an unknown trace has no events");
    }

    @Test
    void aQueryIsReadAPageAtATimeWithoutGapsOrRepeats() {
        String subject = "paged-" + UUID.randomUUID();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String trace = Probes.traceId();
        List<CloudEvent> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // two pairs share a time: the page boundary falls between events of one instant, ordered by id
            sent.add(Probes.probe("media", subject, t0.plusMillis(i / 2), trace));
        }
        Topics.send("nova.media", sent.toArray(CloudEvent[]::new));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> array(operator.get("/events?subject=" + subject)).size() == 5);
        List<String> all = ids(array(operator.get("/events?subject=" + subject)));

        List<String> paged = new ArrayList<>();
        String next = "/events?subject=" + subject + "&limit=2";
        int pages = 0;
        while (next != null) {
            HttpResponse<String> page = operator.get(next);
            assertEquals(200, page.statusCode(), page.body());
            JsonArray events = array(page);
            assertTrue(events.size() <= 2);
            paged.addAll(ids(events));
            pages++;
            next = page.headers().firstValue("Link").map(NEXT::matcher).filter(Matcher::find)
                    .map(m -> URI.create(m.group(1))).map(u -> u.getRawPath() + "?" + u.getRawQuery()).orElse(null);
        }
        assertEquals(3, pages);
        assertEquals(all, paged, "every event once, in the log's order");
        assertEquals(sent.stream().map(e -> e.id().toString()).sorted().toList(), paged.stream().sorted().toList());
    }

    @Test
    void badQueriesAreProblemsAndTheLogIsTheOperatorsOnly() {
        for (String bad : List.of("/events?trace=not-a-trace", "/events?trace=" + "0".repeat(32),
                "/events?after=garbage", "/events/traces/ABC")) {
            HttpResponse<String> answer = operator.get(bad);
            assertEquals(400, answer.statusCode(), bad + ": " + answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), bad);
        }
        Http anonymous = Http.to(LibertyServer.base());
        assertEquals(401, anonymous.get("/events/traces/" + Probes.traceId()).statusCode());
        assertEquals(401, anonymous.get("/events?limit=1").statusCode());
    }

    static JsonArray array(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        try (var reader = jakarta.json.Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    static List<String> ids(JsonArray logged) {
        return logged.stream().map(JsonValue::asJsonObject).map(e -> e.getJsonObject("event").getString("id")).toList();
    }
}
