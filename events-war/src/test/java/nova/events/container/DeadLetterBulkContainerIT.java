package nova.events.container;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nova.platform.events.CloudEvent;
import nova.platform.events.EventConsumer;
import nova.testsupport.Deployments;
import nova.testsupport.Events;
import nova.testsupport.Http;
import nova.testsupport.InContainer;
import nova.testsupport.LibertyServer;
import nova.testsupport.TopicReader;
import nova.testsupport.Topics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Dead letters replayed and discarded many at a time, by filter (type, consumer, error text, time window), with
 * the counts answered: only pending letters are touched, an unreadable one is left for a discard, and the replayed
 * events are back on their topic (one of the test's own).
 */
@InContainer
class DeadLetterBulkContainerIT {

    private final Http operator = Http.to(LibertyServer.base()).asOperator();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Test
    void lettersAreReplayedAndDiscardedByFilterWithTheirCounts() throws Exception {
        String topic = Topics.create("nova.it");
        String consumer = "nova.it.bulk-" + UUID.randomUUID().toString().substring(0, 8);
        String marker = "Marker-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            CloudEvent a = original("content.post.created");
            CloudEvent b = original("content.post.created");
            CloudEvent c = original("content.post.deleted");
            List<CloudEvent> letters = List.of(
                    Events.deadLetter(a, topic, consumer, "content", "refused: " + marker),
                    Events.deadLetter(b, topic, consumer, "content", "refused: " + marker),
                    Events.deadLetter(c, topic, consumer, "content", "another failure"),
                    unreadable(topic, consumer, "unreadable: " + marker));
            for (CloudEvent letter : letters) {
                Topics.send(EventConsumer.DEAD_LETTER_TOPIC, letter);
            }
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                    .until(() -> EventLogContainerIT.array(operator.get("/dead-letters?consumer=" + consumer)).size() == 4);
            // the list takes the same filters
            assertEquals(2, EventLogContainerIT.array(operator.get("/dead-letters?consumer=" + consumer
                    + "&type=content.post.created&error=" + marker.toLowerCase())).size());
            assertEquals(0, EventLogContainerIT.array(operator.get("/dead-letters?consumer=" + consumer
                    + "&from=" + Instant.now().plusSeconds(3600))).size());

            assertEquals(400, operator.post("/dead-letters/replay", null).statusCode(), "a filter is required");

            try (TopicReader replays = new TopicReader(topic)) {
                JsonObject byType = outcome(operator.post("/dead-letters/replay?consumer=" + consumer
                        + "&type=content.post.created", null));
                assertEquals(2, byType.getInt("matched"));
                assertEquals(2, byType.getInt("replayed"));
                assertEquals(0, byType.getInt("remaining"));
                replays.awaitAll(List.of(a, b), Duration.ofSeconds(30));

                // what is left of the consumer's: c replays, the unreadable one cannot
                JsonObject rest = outcome(operator.post("/dead-letters/replay?consumer=" + consumer
                        + "&from=" + Instant.now().minusSeconds(3600), null));
                assertEquals(2, rest.getInt("matched"));
                assertEquals(1, rest.getInt("replayed"));
                assertEquals(1, rest.getInt("unreadable"));
                assertEquals(1, rest.getInt("remaining"));
                replays.awaitAll(List.of(c), Duration.ofSeconds(30));
                assertEquals(1, replays.events().stream().filter(e -> e.id().equals(a.id())).count(), "replayed once");
            }

            // the error text, in another case, finds the unreadable one
            JsonObject discarded = outcome(operator.post("/dead-letters/discard?consumer=" + consumer
                    + "&error=" + marker.toUpperCase(), null));
            assertEquals(1, discarded.getInt("matched"));
            assertEquals(1, discarded.getInt("discarded"));
            assertEquals(0, discarded.getInt("remaining"));

            assertEquals(3, EventLogContainerIT.array(operator.get("/dead-letters?status=replayed&consumer=" + consumer)).size());
            assertEquals(1, EventLogContainerIT.array(operator.get("/dead-letters?status=discarded&consumer=" + consumer)).size());
            JsonObject nothingLeft = outcome(operator.post("/dead-letters/replay?consumer=" + consumer, null));
            assertEquals(0, nothingLeft.getInt("matched"), "replayed and discarded letters are not pending");
        } finally {
            Topics.delete(topic);
        }
    }

    @Test
    void bulkCallsAreTheOperatorsAndBadFiltersAreProblems() {
        Http anonymous = Http.to(LibertyServer.base());
        assertEquals(401, anonymous.post("/dead-letters/replay?consumer=x", null).statusCode());
        assertEquals(401, anonymous.post("/dead-letters/discard?consumer=x", null).statusCode());
        for (String bad : List.of("/dead-letters/replay?from=yesterday", "/dead-letters/discard?consumer=x&limit=0",
                "/dead-letters/replay?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", "/dead-letters/discard")) {
            HttpResponse<String> answer = operator.post(bad, null);
            assertEquals(400, answer.statusCode(), bad + ": " + answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        }
    }

    private static CloudEvent original(String type) {
        return CloudEvent.of("content", type, "it-" + UUID.randomUUID(), Json.createObjectBuilder().add("n", 1).build());
    }

    /** A letter for bytes that were no event: {@code raw} instead of {@code event}. */
    private static CloudEvent unreadable(String topic, String consumer, String error) {
        JsonObject data = Json.createObjectBuilder().add("consumer", consumer).add("topic", topic).add("partition", 0)
                .add("offset", 0L).add("attempts", 1).add("error", error).add("failedAt", Instant.now().toString())
                .add("raw", "not an event").build();
        return CloudEvent.of("content", EventConsumer.DEAD_LETTER_TYPE, "raw-" + UUID.randomUUID(), data);
    }

    private static JsonObject outcome(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }
}
