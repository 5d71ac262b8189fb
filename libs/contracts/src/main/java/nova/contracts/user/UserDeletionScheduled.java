package nova.contracts.user;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code user.deletion_scheduled}: the user asked to delete their account. Subject: the user id. Until
 * {@code effectiveAt} they can still log in and cancel ({@code user.deletion_cancelled}); at that instant
 * {@code user.deleted} follows.
 */
public record UserDeletionScheduled(UUID userId, Instant requestedAt, Instant effectiveAt) {

    public static final String TYPE = "user.deletion_scheduled";

    public JsonObject toJson() {
        return Json.createObjectBuilder()
                .add("userId", userId.toString())
                .add("requestedAt", requestedAt.toString())
                .add("effectiveAt", effectiveAt.toString())
                .build();
    }

    /** Reads the payload; unknown fields are ignored. */
    public static UserDeletionScheduled from(JsonObject data) {
        return new UserDeletionScheduled(UUID.fromString(data.getString("userId")),
                Instant.parse(data.getString("requestedAt")), Instant.parse(data.getString("effectiveAt")));
    }
}
