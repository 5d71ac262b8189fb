package nova.events.container;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nova.contracts.event.PublishedEvents;
import nova.contracts.user.UserBanned;
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
 * The catalogue, from the code and the running system: every contracts record is listed with its producer, topic,
 * schema version and an example that reads as the record; its consumers are the groups the broker reports on its
 * topic (this context's log at least); a type only the log has seen is listed too, with its last envelope.
 */
@InContainer
class CatalogueContainerIT {

    private final Http operator = Http.to(LibertyServer.base()).asOperator();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Test
    void everyDeclaredTypeIsListedWithItsConsumersAndAnExample() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> consumers(catalogue().get(UserBanned.TYPE)).contains("nova.events.intake"));
        Map<String, JsonObject> catalogue = catalogue();
        for (var record : PublishedEvents.records()) {
            JsonObject entry = catalogue.get(PublishedEvents.typeOf(record));
            assertTrue(entry != null, "no entry for " + record.getSimpleName());
            assertTrue(entry.getBoolean("declared"));
            assertEquals(record.getSimpleName(), entry.getString("record"));
            assertEquals(PublishedEvents.producerOf(record), entry.getString("producer"));
            assertEquals("nova." + PublishedEvents.producerOf(record), entry.getString("topic"));
            CloudEvent example = CloudEvent.from(entry.getJsonObject("example"));
            assertEquals(entry.getString("type"), example.type());
            assertEquals(entry.getInt("schemaVersion"), example.dataschemaversion());
        }
        JsonObject banned = catalogue.get(UserBanned.TYPE);
        assertEquals("user", banned.getString("aggregate"));
        assertEquals(1, banned.getInt("schemaVersion"));
        JsonObject data = banned.getJsonObject("example").getJsonObject("data");
        assertEquals(java.util.Set.of("userId", "username", "reason", "until", "bannedBy", "bannedAt"), data.keySet());
    }

    @Test
    void aTypeOnlyTheLogHasSeenIsListedFromTheLog() {
        CloudEvent probe = Probes.probe("media", "cat-" + UUID.randomUUID(), Instant.now(), Probes.traceId());
        Topics.send("nova.media", probe);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> Optional.ofNullable(catalogue().get(Probes.MEDIA_PROBE))
                        .map(e -> e.getJsonNumber("seenLastDay").longValue() > 0
                                && consumers(e).contains("nova.events.intake")).orElse(false));
        JsonObject seen = catalogue().get(Probes.MEDIA_PROBE);
        assertFalse(seen.getBoolean("declared"));
        assertEquals("media", seen.getString("producer"));
        assertEquals("nova.media", seen.getString("topic"));
        assertEquals(Probes.MEDIA_PROBE, seen.getJsonObject("example").getString("type"));
        assertFalse(seen.isNull("lastSeen"));
        assertEquals(401, Http.to(LibertyServer.base()).get("/catalogue").statusCode());
    }

    private Map<String, JsonObject> catalogue() {
        return EventLogContainerIT.array(operator.get("/catalogue")).getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getString("type"), Function.identity()));
    }

    private static List<String> consumers(JsonObject entry) {
        return entry == null ? List.of() : entry.getJsonArray("consumers").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }
}
