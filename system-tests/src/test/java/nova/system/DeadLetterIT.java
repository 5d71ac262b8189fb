package nova.system;

import static nova.system.Backbone.CONTENT;
import static nova.system.Backbone.EVENTS;
import static nova.system.Backbone.admin;
import static nova.system.Backbone.contentEvent;
import static nova.system.Backbone.count;
import static nova.system.Backbone.database;
import static nova.system.Backbone.deadLetters;
import static nova.system.Backbone.jsonArray;
import static nova.system.Backbone.logged;
import static nova.system.Backbone.publish;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import nova.platform.events.CloudEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A consumer that fails on one event (the events context's own log, made to reject that event by
 * a constraint, as a bug would) does not stop: the event lands in the dead-letter store with its
 * error, later events are processed, and after the fix an operator's replay applies it once.
 */
// alone, no other test class beside it (parallel system tests, see system-tests/pom.xml): it locks events' domain_events table (a constraint added and dropped) and poisons its consumers on purpose
@Isolated
class DeadLetterIT {

    private static final String LOG_CONSUMER = "nova.events.log";
    /** The Kafka group of every channel of the events server (libs/platform's nova-kafka connector, one consumer). */
    private static final String EVENTS_GROUP = "nova.events.intake";

    private final DataSource content = database(CONTENT);
    private final DataSource events = database(EVENTS);

    @Test
    void aFailingEventIsDeadLetteredLaterOnesAreProcessedAndAReplayAppliesItOnce() throws Exception {
        String aggregate = "poisoned-" + UUID.randomUUID();
        CloudEvent before = contentEvent(aggregate, Json.createObjectBuilder().add("n", 0).build());
        CloudEvent poison = contentEvent(aggregate, Json.createObjectBuilder().add("n", 1).build());
        List<CloudEvent> after = List.of(
                contentEvent(aggregate, Json.createObjectBuilder().add("n", 2).build()),
                contentEvent(aggregate, Json.createObjectBuilder().add("n", 3).build()));
        String constraint = "system_test_rejects_" + poison.id().toString().replace('-', '_');

        // the bug: the log cannot store this one event
        ddl(events, "ALTER TABLE domain_events ADD CONSTRAINT " + constraint
                + " CHECK (event_id <> '" + poison.id() + "') NOT VALID");
        JsonObject letter;
        try {
            publish(content, List.of(before, poison, after.get(0), after.get(1)));

            // the same partition goes on: the events after the failing one are logged
            await().atMost(Duration.ofSeconds(90)).until(() -> logged(after) == 2);
            assertEquals(1, logged(List.of(before)));
            assertEquals(0, logged(List.of(poison)));

            letter = awaitDeadLetter(poison, Duration.ofSeconds(60));
            assertEquals("pending", letter.getString("status"));
            assertEquals("nova.content", letter.getString("topic"));
            assertEquals("events", letter.getString("reportedBy"));
            assertEquals(Backbone.PROBE, letter.getString("eventType"));
            assertEquals(aggregate, letter.getString("key"));
            assertEquals(4, letter.getInt("attempts"), "retried with backoff before giving up");
            assertTrue(letter.getString("error").contains(constraint), letter.getString("error"));
            assertEquals(poison.id().toString(), letter.getJsonObject("event").getString("id"));

            HttpResponse<String> inspected = admin("GET", "/dead-letters/" + letter.getString("id"));
            assertEquals(200, inspected.statusCode());
            assertEquals(letter.getString("id"), Nova.json(inspected.body()).getString("id"));
        } finally {
            ddl(events, "ALTER TABLE domain_events DROP CONSTRAINT IF EXISTS " + constraint); // the fix
        }

        HttpResponse<String> replayed = admin("POST", "/dead-letters/" + letter.getString("id") + "/replay");
        assertEquals(200, replayed.statusCode(), replayed.body());
        JsonObject resolved = Nova.json(replayed.body());
        assertEquals("replayed", resolved.getString("status"));
        assertEquals(Nova.env("NOVA_ADMIN_USER"), resolved.getString("resolvedBy"));

        await().atMost(Duration.ofSeconds(60)).until(() -> logged(List.of(poison)) == 1);
        assertEquals(1, count(events, "SELECT count(*) FROM processed_events WHERE consumer = ? AND event_id = ?",
                LOG_CONSUMER, poison.id()));

        // a letter is replayed once; a replayed one cannot be discarded
        HttpResponse<String> again = admin("POST", "/dead-letters/" + letter.getString("id") + "/replay");
        assertEquals(409, again.statusCode());
        assertTrue(again.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(409, admin("DELETE", "/dead-letters/" + letter.getString("id")).statusCode());
    }

    @Test
    void aDiscardedLetterStaysListedAsDiscardedAndIsNeverReplayed() throws Exception {
        String aggregate = "discarded-" + UUID.randomUUID();
        CloudEvent poison = contentEvent(aggregate, Json.createObjectBuilder().build());
        String constraint = "system_test_rejects_" + poison.id().toString().replace('-', '_');
        ddl(events, "ALTER TABLE domain_events ADD CONSTRAINT " + constraint
                + " CHECK (event_id <> '" + poison.id() + "') NOT VALID");
        JsonObject letter;
        try {
            publish(content, List.of(poison));
            letter = awaitDeadLetter(poison, Duration.ofSeconds(90));
        } finally {
            ddl(events, "ALTER TABLE domain_events DROP CONSTRAINT IF EXISTS " + constraint);
        }
        String id = letter.getString("id");
        assertEquals(204, admin("DELETE", "/dead-letters/" + id).statusCode());
        assertEquals(204, admin("DELETE", "/dead-letters/" + id).statusCode(), "discarding twice changes nothing");
        JsonObject discarded = Nova.json(admin("GET", "/dead-letters/" + id).body());
        assertEquals("discarded", discarded.getString("status"));
        assertEquals(409, admin("POST", "/dead-letters/" + id + "/replay").statusCode());
        assertTrue(jsonArray(admin("GET", "/dead-letters?status=discarded&limit=500").body())
                .getValuesAs(JsonObject.class).stream().anyMatch(l -> l.getString("id").equals(id)));
        assertEquals(0, logged(List.of(poison)));
    }

    @Test
    void theOperatorEndpointsAreForAdminsAndAnswerBadInputWithProblems() throws Exception {
        for (String path : List.of("/dead-letters", "/events", "/subscriptions")) {
            assertEquals(401, Backbone.as("GET", path, null).statusCode(), path + " without credentials");
            String wrong = "Basic " + Base64.getEncoder().encodeToString(
                    (Nova.env("NOVA_ADMIN_USER") + ":not-the-password").getBytes(StandardCharsets.UTF_8));
            assertEquals(401, Backbone.as("GET", path, wrong).statusCode(), path + " with a wrong password");
        }
        assertProblem(404, admin("GET", "/dead-letters/not-a-uuid"));
        assertProblem(404, admin("GET", "/dead-letters/" + UUID.randomUUID()));
        assertProblem(404, admin("POST", "/dead-letters/" + UUID.randomUUID() + "/replay"));
        assertProblem(400, admin("GET", "/dead-letters?status=lost"));
        assertProblem(400, admin("GET", "/dead-letters?limit=0"));
        assertProblem(400, admin("GET", "/events?from=yesterday"));
        assertProblem(400, admin("GET", "/events?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z"));
        assertProblem(400, admin("GET", "/events?limit=100000"));
    }

    @Test
    void theEventLogAnswersByTypeSubjectAndTimeWindow() throws Exception {
        String aggregate = "logged-" + UUID.randomUUID();
        java.time.Instant t = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        CloudEvent first = new CloudEvent(UUID.randomUUID(), "content", Backbone.PROBE, aggregate, t, 1, null,
                Json.createObjectBuilder().add("n", 1).build());
        CloudEvent second = new CloudEvent(UUID.randomUUID(), "content", Backbone.PROBE_AMENDED, aggregate, t.plusSeconds(1), 1,
                null, Json.createObjectBuilder().add("n", 2).build());
        publish(content, List.of(first, second));
        await().atMost(Duration.ofSeconds(60)).until(() -> logged(List.of(first, second)) == 2);

        List<JsonObject> bySubject = jsonArray(admin("GET", "/events?subject=" + aggregate).body()).getValuesAs(JsonObject.class);
        assertEquals(List.of(first.id().toString(), second.id().toString()), idsOf(bySubject), "oldest first");
        assertEquals("nova.content", bySubject.get(0).getString("topic"));

        assertEquals(List.of(second.id().toString()),
                idsOf(jsonArray(admin("GET", "/events?subject=" + aggregate + "&type=" + Backbone.PROBE_AMENDED).body())
                        .getValuesAs(JsonObject.class)));
        assertEquals(List.of(second.id().toString()),
                idsOf(jsonArray(admin("GET", "/events?subject=" + aggregate + "&from=" + t.plusMillis(500)).body())
                        .getValuesAs(JsonObject.class)));
        assertEquals(List.of(first.id().toString()),
                idsOf(jsonArray(admin("GET", "/events?subject=" + aggregate + "&to=" + t.plusSeconds(1)).body())
                        .getValuesAs(JsonObject.class)), "the window's end is exclusive");
        assertEquals(1, jsonArray(admin("GET", "/events?subject=" + aggregate + "&limit=1").body()).size());
    }

    private static List<String> idsOf(List<JsonObject> logged) {
        return logged.stream().map(e -> e.getJsonObject("event").getString("id")).toList();
    }

    @Test
    void theSubscriptionRegistryListsEveryConsumerGroupWithItsLag() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            HttpResponse<String> response = admin("GET", "/subscriptions");
            if (response.statusCode() != 200) {
                return false;
            }
            List<JsonObject> rows = jsonArray(response.body()).getValuesAs(JsonObject.class);
            return rows.stream().anyMatch(r -> r.getString("consumerGroup").equals(EVENTS_GROUP)
                            && r.getString("topic").equals("nova.content") && r.getJsonNumber("lag").longValue() >= 0)
                    && rows.stream().anyMatch(r -> r.getString("consumerGroup").equals(EVENTS_GROUP)
                            && r.getString("topic").equals("nova.deadletter"));
        });
    }

    /** Polls the operator API until the log consumer's dead letter for {@code event} is listed. */
    private static JsonObject awaitDeadLetter(CloudEvent event, Duration within) {
        AtomicReference<JsonObject> found = new AtomicReference<>();
        await().atMost(within).pollInterval(Duration.ofMillis(500)).until(() -> {
            Optional<JsonObject> match = deadLetters(LOG_CONSUMER).stream()
                    .filter(l -> event.id().toString().equals(l.getString("eventId", null))).findFirst();
            match.ifPresent(found::set);
            return match.isPresent();
        });
        return found.get();
    }

    private static void assertProblem(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.uri() + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.uri() + " answers " + response.headers().firstValue("Content-Type"));
        assertEquals(status, Nova.json(response.body()).getInt("status"));
    }

    private static void ddl(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
