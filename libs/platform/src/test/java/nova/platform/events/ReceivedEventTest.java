package nova.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.time.Instant;
import java.util.UUID;
import nova.contracts.event.EventJson;
import nova.contracts.identity.SessionRevoked;
import org.junit.jupiter.api.Test;

class ReceivedEventTest {

    @Test
    void aConsumerReadsThePayloadAsTheRecordThePublisherWrote() {
        SessionRevoked revoked = new SessionRevoked(UUID.randomUUID(), UUID.randomUUID(), SessionRevoked.LOGOUT,
                Instant.parse("2026-12-06T12:00:00Z"));
        CloudEvent envelope = CloudEvent.of("identity", revoked.type(), revoked.aggregateId(), EventJson.toJson(revoked));

        ReceivedEvent received = new ReceivedEvent("nova.identity", 0, 0, revoked.aggregateId(),
                CloudEvent.parse(envelope.toBytes()));

        assertEquals(revoked, received.data(SessionRevoked.class));
        assertEquals(SessionRevoked.TYPE, received.type());
    }

    @Test
    void aPayloadThatIsNotTheRecordIsRefusedAsUnreadable() {
        CloudEvent envelope = CloudEvent.of("identity", SessionRevoked.TYPE, "x",
                Json.createObjectBuilder().add("sessionId", "not-a-uuid").build());

        ReceivedEvent received = new ReceivedEvent("nova.identity", 0, 0, "x", envelope);

        assertThrows(EventJson.UnreadableEvent.class, () -> received.data(SessionRevoked.class));
    }
}
