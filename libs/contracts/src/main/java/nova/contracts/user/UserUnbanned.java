package nova.contracts.user;

import nova.contracts.event.EventJson;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code user.unbanned}: a ban ended. Subject: the user id. {@code unbannedBy} is the holder of {@code ban_users}
 * who lifted it, or null when a ban with an end simply lapsed.
 */
public record UserUnbanned(UUID userId, UUID unbannedBy, Instant unbannedAt) implements UserEvent {

    public static final String TYPE = "user.unbanned";

    /** Refuses a payload without what every consumer relies on. */
    public UserUnbanned {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(unbannedAt, "unbannedAt");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return userId.toString();
    }

    /** @deprecated write with {@code EventJson.toJson(event)} (the outbox does) */
    @Deprecated(forRemoval = true)
    public JsonObject toJson() {
        return EventJson.toJson(this);
    }

    /** @deprecated read with {@code EventJson.fromJson(data, UserUnbanned.class)} */
    @Deprecated(forRemoval = true)
    public static UserUnbanned from(JsonObject data) {
        return EventJson.fromJson(data, UserUnbanned.class);
    }
}
