package nova.identity.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.UUID;
import nova.contracts.event.EventJson;
import nova.contracts.identity.SessionRevoked;
import nova.platform.events.CloudEvent;
import nova.platform.security.RevocationIntake;
import org.junit.jupiter.api.Test;

/** What identity writes for {@code identity.session.revoked} is what every context's revocations consumer reads. */
class SessionRevokedContractTest {

    final SessionRevoked revoked = new SessionRevoked(UUID.randomUUID(), UUID.randomUUID(), SessionRevoked.REFRESH_REUSE,
            Instant.parse("2026-11-25T12:00:00.123456Z"));

    @Test
    void thePayloadRoundTrips() {
        assertEquals(revoked, EventJson.fromJson(EventJson.toJson(revoked), SessionRevoked.class));
    }

    @Test
    void thePlatformConsumerReadsItThroughTheEnvelope() {
        CloudEvent sent = CloudEvent.of("identity", SessionRevoked.TYPE, revoked.userId().toString(), EventJson.toJson(revoked));
        CloudEvent received = CloudEvent.parse(sent.toBytes());

        assertEquals(RevocationIntake.TYPE, received.type());
        assertEquals(new RevocationIntake.Revocation(revoked.sessionId(), revoked.revokedAt()),
                RevocationIntake.Revocation.of(received.data()));
    }
}
