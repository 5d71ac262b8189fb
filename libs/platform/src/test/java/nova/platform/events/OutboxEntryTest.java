package nova.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutboxEntryTest {

    static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    static final UUID ID = UUID.fromString("6f1d3c2a-9b8e-4f7a-8c6d-5e4f3a2b1c0d");

    static CloudEvent event(String type, String subject, String traceparent) {
        return new CloudEvent(ID, "social", type, subject, Instant.parse("2024-01-02T03:04:05Z"), 2, traceparent,
                Json.createObjectBuilder().add("follower", "u1").add("followee", "u2").build());
    }

    @Test
    void ofSendsAContextsEventToItsOwnTopicKeyedBySubject() {
        CloudEvent event = event("social.follow.created", "follow-17", TRACEPARENT);

        OutboxEntry entry = OutboxEntry.of("follow", event);

        assertEquals(ID, entry.id());
        assertEquals("nova.social", entry.topic());
        assertEquals("follow", entry.aggregateType());
        assertEquals("follow-17", entry.aggregateId());
        assertEquals("social.follow.created", entry.type());
        assertEquals(event.toJsonObject(), entry.payload());
        assertEquals(event, CloudEvent.from(entry.payload()), "the payload is the event's envelope");
        assertEquals(TRACEPARENT, entry.traceparent());
    }

    @Test
    void theTopicFollowsTheTypesContextNotTheSource() {
        CloudEvent event = new CloudEvent(ID, "some-service", "media.photo.uploaded", "photo-9",
                Instant.now(), 1, null, Json.createObjectBuilder().build());

        assertEquals("nova.media", OutboxEntry.of("photo", event).topic());
        assertEquals("nova.media", OutboxEntry.topicOf("media"));
    }

    @Test
    void headersCarryContentTypeAndTraceparent() {
        OutboxEntry entry = OutboxEntry.of("follow", event("social.follow.created", "follow-17", TRACEPARENT));

        JsonObject headers = entry.headers();

        assertEquals(2, headers.size(), headers.toString());
        assertEquals("application/cloudevents+json", headers.getString("content-type"));
        assertEquals(TRACEPARENT, headers.getString("traceparent"));
    }

    @Test
    void headersLeaveOutAMissingTraceparent() {
        OutboxEntry entry = OutboxEntry.of("follow", event("social.follow.created", "follow-17", null));

        JsonObject headers = entry.headers();

        assertEquals(CloudEvent.CONTENT_TYPE, headers.getString("content-type"));
        assertFalse(headers.containsKey("traceparent"));
    }

    @Test
    void requiredFieldsAreChecked() {
        JsonObject payload = Json.createObjectBuilder().build();
        assertThrows(NullPointerException.class, () -> new OutboxEntry(null, "t", "a", "k", "x.y.z", payload, null));
        assertThrows(NullPointerException.class, () -> new OutboxEntry(ID, null, "a", "k", "x.y.z", payload, null));
        assertThrows(NullPointerException.class, () -> new OutboxEntry(ID, "t", null, "k", "x.y.z", payload, null));
        assertThrows(NullPointerException.class, () -> new OutboxEntry(ID, "t", "a", null, "x.y.z", payload, null));
        assertThrows(NullPointerException.class, () -> new OutboxEntry(ID, "t", "a", "k", null, payload, null));
        assertThrows(NullPointerException.class, () -> new OutboxEntry(ID, "t", "a", "k", "x.y.z", null, null));
    }
}
