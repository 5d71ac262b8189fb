package nova.contracts.identity;

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
}
