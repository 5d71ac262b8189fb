package nova.events.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.json.Json;
import nova.platform.events.CloudEvent;
import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void aResetTokenIsKeptRedactedAndEverythingElseAsSent() {
        CloudEvent sent = CloudEvent.of("identity", "identity.password.reset_requested", "u-1", Json.createObjectBuilder()
                .add("userId", "u-1").add("email", "a@example.org").add("token", "s3cret-token").build());

        CloudEvent logged = Redaction.forLog(sent);

        assertEquals(Redaction.REDACTED, logged.data().getString("token"));
        assertEquals("a@example.org", logged.data().getString("email"));
        assertEquals(sent.id(), logged.id());
        assertEquals(sent.type(), logged.type());
        assertEquals(sent.time(), logged.time());
        assertFalse(logged.toJson().contains("s3cret-token"));
    }

    @Test
    void anEventWithoutSecretsIsLoggedUnchanged() {
        CloudEvent sent = CloudEvent.of("user", "user.profile.updated", "u-2",
                Json.createObjectBuilder().add("userId", "u-2").add("bio", "token of esteem").build());

        assertSame(sent, Redaction.forLog(sent));
    }
}
