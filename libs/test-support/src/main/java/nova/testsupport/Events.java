package nova.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nova.contracts.identity.EmailVerified;
import nova.contracts.identity.UserRegistered;
import nova.platform.events.CloudEvent;
import nova.platform.events.EventConsumer;

/**
 * Events as their producers write them, for tests that play a producer on a real topic. The payloads are written
 * field by field, as they travel: a consumer's test then proves it reads the wire format, whatever Java type the
 * producer serializes.
 */
public final class Events {

    private Events() {
    }

    /** {@code identity.user.registered} for a new account, as identity publishes it (key and subject: the user id). */
    public static CloudEvent userRegistered(UUID userId, String username, String email) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return CloudEvent.of("identity", UserRegistered.TYPE, userId.toString(), Json.createObjectBuilder()
                .add("userId", userId.toString()).add("username", username).add("email", email)
                .add("registeredAt", at.toString()).build());
    }

    /** {@code identity.email.verified}: the holder of {@code userId} proved {@code email}. */
    public static CloudEvent emailVerified(UUID userId, String email) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return CloudEvent.of("identity", EmailVerified.TYPE, userId.toString(), Json.createObjectBuilder()
                .add("userId", userId.toString()).add("email", email).add("verifiedAt", at.toString()).build());
    }

    /** A unique, valid username ({@code prefix} + 8 hex digits; at most 30 characters). */
    public static String username(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /**
     * {@code platform.event.dead_lettered}, as a consumer of {@code reportedBy} writes it to
     * {@code nova.deadletter} after its last attempt at {@code original}, read from {@code topic}.
     */
    public static CloudEvent deadLetter(CloudEvent original, String topic, String consumer, String reportedBy,
                                        String error) {
        JsonObject data = Json.createObjectBuilder()
                .add("consumer", consumer)
                .add("topic", topic)
                .add("partition", 0)
                .add("offset", 0L)
                .add("key", original.subject())
                .add("attempts", 4)
                .add("error", error)
                .add("failedAt", Instant.now().toString())
                .add("event", original.toJsonObject())
                .build();
        return CloudEvent.of(reportedBy, EventConsumer.DEAD_LETTER_TYPE, original.subject(), data);
    }
}
