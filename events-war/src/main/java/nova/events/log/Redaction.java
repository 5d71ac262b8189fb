package nova.events.log;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Set;
import nova.platform.events.CloudEvent;

/**
 * What the durable log must not keep: single-use secrets that travel in events only so the communication
 * context can mail them (password reset and email verification tokens). Whoever can read the log must not
 * be able to take over an account with it, so those fields are stored as {@value #REDACTED}. The dead-letter
 * store keeps the event whole: a replay has to deliver what was sent.
 */
final class Redaction {

    static final String REDACTED = "[redacted]";
    /** Payload fields that hold a bearer secret, whatever the event type. */
    static final Set<String> SECRET_FIELDS = Set.of("token", "password", "refreshToken");

    private Redaction() {
    }

    /** The event as the log may keep it: the same one when it holds no secret. */
    static CloudEvent forLog(CloudEvent event) {
        JsonObject data = event.data();
        if (SECRET_FIELDS.stream().noneMatch(data::containsKey)) {
            return event;
        }
        JsonObjectBuilder redacted = Json.createObjectBuilder(data);
        SECRET_FIELDS.stream().filter(data::containsKey).forEach(field -> redacted.add(field, REDACTED));
        return new CloudEvent(event.id(), event.source(), event.type(), event.subject(), event.time(),
                event.dataschemaversion(), event.traceparent(), redacted.build());
    }
}
