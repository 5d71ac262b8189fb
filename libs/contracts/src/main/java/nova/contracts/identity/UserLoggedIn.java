package nova.contracts.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** {@code identity.user.logged_in}: a session began. Subject: the user id. No IP or user agent: those stay in identity. */
public record UserLoggedIn(UUID userId, UUID sessionId, Instant loggedInAt) implements AccountEvent {

    public static final String TYPE = "identity.user.logged_in";

    /** Refuses a payload without what every consumer relies on. */
    public UserLoggedIn {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(loggedInAt, "loggedInAt");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
