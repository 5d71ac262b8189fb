package nova.contracts.user;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** {@code user.verified}: the user proved their email address (from identity's {@code identity.email.verified}). Subject: the user id. */
public record UserVerified(UUID userId, String username, Instant verifiedAt) implements UserEvent {

    public static final String TYPE = "user.verified";

    /** Refuses a payload without what every consumer relies on. */
    public UserVerified {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(verifiedAt, "verifiedAt");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
