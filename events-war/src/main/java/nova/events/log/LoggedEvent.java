package nova.events.log;

import jakarta.json.JsonObject;
import java.time.Instant;

/** One entry of the event log as the API shows it: the envelope and where it was read. */
public record LoggedEvent(JsonObject event, String topic, int partition, long offset, Instant receivedAt) {
}
