package nova.events.container;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nova.platform.events.CloudEvent;
import nova.testsupport.Database;
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
 * events deployed alone: a dead letter reported on {@code nova.deadletter} is stored once however often it arrives,
 * shown to the operator, and replayed once: the original event, same id, back on its own topic (a topic of the
 * test's own, so no consumer of the running system sees it).
 */
@InContainer
class DeadLetterContainerIT {

    private final Database events = Database.of("events");
    private final Http operator = Http.to(LibertyServer.base()).asOperator();

    /** The sagas' requests go to nova.events: a broker without it would hold the outbox's batches back. */
    @org.junit.jupiter.api.BeforeAll
    static void sagaTopics() {
        Topics.ensure("nova.events");
        Topics.ensure("nova.search");
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Test
    void aDeadLetterIsStoredOnceAndReplayedOnceToItsTopic() throws Exception {
        String topic = Topics.create("nova.it");
        try {
            CloudEvent original = CloudEvent.of("content", "content.post.created", "it-" + UUID.randomUUID(),
                    Json.createObjectBuilder().add("n", 1).build());
            CloudEvent letter = Events.deadLetter(original, topic, "nova.it.failing", "content", "refused by the test");
            Topics.send("nova.deadletter", letter, letter);

            String path = "/dead-letters/" + letter.id();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                    .until(() -> operator.get(path).statusCode() == 200);
            JsonObject stored = Http.json(operator.get(path));
            assertEquals("pending", stored.getString("status"));
            assertEquals(topic, stored.getString("topic"));
            assertEquals("nova.it.failing", stored.getString("consumer"));
            assertEquals("content", stored.getString("reportedBy"));
            assertEquals("content.post.created", stored.getString("eventType"));
            assertEquals(4, stored.getInt("attempts"));
            assertEquals("refused by the test", stored.getString("error"));
            assertEquals(original.id().toString(), stored.getJsonObject("event").getString("id"));
            events.awaitCount(1, Duration.ofSeconds(30),
                    "SELECT count(*) FROM processed_events WHERE consumer = ? AND event_id = ?", "nova.events.dead-letters", letter.id());
            assertEquals(1, events.count("SELECT count(*) FROM dead_letter_queue WHERE id = ?", letter.id()));

            try (TopicReader replays = new TopicReader(topic)) {
                HttpResponse<String> replayed = operator.post(path + "/replay", null);
                assertEquals(200, replayed.statusCode(), replayed.body());
                assertEquals("replayed", Http.json(replayed).getString("status"));
                replays.awaitAll(List.of(original), Duration.ofSeconds(30));
                CloudEvent back = replays.events().get(0);
                assertEquals(original.type(), back.type());
                assertEquals(original.subject(), back.subject());
                assertEquals(original.data(), back.data());

                HttpResponse<String> again = operator.post(path + "/replay", null);
                assertEquals(409, again.statusCode(), "a letter is replayed once");
                assertEquals(1, replays.events().stream().filter(e -> e.id().equals(original.id())).count());
            }
        } finally {
            Topics.delete(topic);
        }
    }

    @Test
    void theDeadLettersAreTheOperatorsOnly() {
        Http anonymous = Http.to(LibertyServer.base());
        assertEquals(401, anonymous.get("/dead-letters").statusCode());
        HttpResponse<String> unknown = operator.get("/dead-letters/" + UUID.randomUUID());
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }
}
