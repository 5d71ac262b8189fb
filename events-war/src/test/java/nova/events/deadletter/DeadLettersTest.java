package nova.events.deadletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import nova.platform.events.CloudEvent;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

    @Test
    void aRecordThatReadsNowCanBeReplayed() {
        CloudEvent event = CloudEvent.of("user", "user.banned", "u-1", Json.createObjectBuilder().add("userId", "u-1").build());
        JsonObject readable = DeadLetters.readableNow(event.toJson());
        assertEquals("user.banned", readable.getString("type"));
        assertEquals(event, CloudEvent.from(readable));
    }

    @Test
    void aRecordThatStillDoesNotReadStaysUnreplayable() {
        assertNull(DeadLetters.readableNow(null));
        assertNull(DeadLetters.readableNow("not json"));
        assertNull(DeadLetters.readableNow("{\"specversion\":\"1.0\",\"type\":\"Not A Type\"}"));
    }
}
