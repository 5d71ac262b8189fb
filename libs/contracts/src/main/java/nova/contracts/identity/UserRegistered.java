package nova.contracts.identity;

import nova.contracts.event.EventJson;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** {@code identity.user.registered}: an account was created. Subject: the user id. */
public record UserRegistered(UUID userId, String username, String email, Instant registeredAt) implements AccountEvent {

    public static final String TYPE = "identity.user.registered";

    /** Refuses a payload without what every consumer relies on. */
    public UserRegistered {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(registeredAt, "registeredAt");
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

    /** @deprecated read with {@code EventJson.fromJson(data, UserRegistered.class)} */
    @Deprecated(forRemoval = true)
    public static UserRegistered from(JsonObject data) {
        return EventJson.fromJson(data, UserRegistered.class);
    }
}
