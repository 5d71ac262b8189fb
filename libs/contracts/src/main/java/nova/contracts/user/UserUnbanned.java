package nova.contracts.user;

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
}
