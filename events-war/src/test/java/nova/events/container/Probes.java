package nova.events.container;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nova.platform.events.CloudEvent;

/**
 * Events the operator tests send on context topics: of types no consumer wants ({@code <context>.operator_probe.sent},
 * passed over by every subscriber), so only this context's log keeps them, on a trace of the test's own.
 */
final class Probes {

    static final String MEDIA_PROBE = "media.operator_probe.sent";
    static final String USER_PROBE = "user.operator_probe.sent";

    private Probes() {
    }

    /** A new W3C trace id: 32 lower-case hex digits. */
    static String traceId() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] |= 1; // never all zero
        return HexFormat.of().formatHex(bytes);
    }

    static CloudEvent probe(String context, String subject, Instant time, String traceId) {
        String type = context + ".operator_probe.sent";
        String parent = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(), 0, 8);
        JsonObject data = Json.createObjectBuilder().add("probe", subject).build();
        return new CloudEvent(UUID.randomUUID(), context, type, subject, time, 1, "00-" + traceId + "-" + parent + "-01",
                data);
    }
}
