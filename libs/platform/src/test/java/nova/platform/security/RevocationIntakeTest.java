package nova.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RevocationIntakeTest {

    @Test
    void readsTheSessionAndWhenItWasRevokedIgnoringTheRest() {
        UUID session = UUID.randomUUID();
        RevocationIntake.Revocation revocation = RevocationIntake.Revocation.of(Json.createObjectBuilder()
                .add("userId", UUID.randomUUID().toString())
                .add("sessionId", session.toString())
                .add("reason", "a reason from the future")
                .add("revokedAt", "2026-11-25T12:00:00.123456Z")
                .add("somethingNew", true)
                .build());
        assertEquals(new RevocationIntake.Revocation(session, Instant.parse("2026-11-25T12:00:00.123456Z")), revocation);
    }

    @Test
    void aPayloadWithoutTheSessionOrTheTimeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RevocationIntake.Revocation.of(Json.createObjectBuilder()
                .add("revokedAt", "2026-11-25T12:00:00Z").build()));
        assertThrows(IllegalArgumentException.class, () -> RevocationIntake.Revocation.of(Json.createObjectBuilder()
                .add("sessionId", "nope").add("revokedAt", "2026-11-25T12:00:00Z").build()));
        assertThrows(IllegalArgumentException.class, () -> RevocationIntake.Revocation.of(Json.createObjectBuilder()
                .add("sessionId", UUID.randomUUID().toString()).add("revokedAt", "yesterday").build()));
    }
}
