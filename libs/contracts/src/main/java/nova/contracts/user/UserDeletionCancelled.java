package nova.contracts.user;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** {@code user.deletion_cancelled}: the user withdrew a scheduled deletion before it took effect. Subject: the user id. */
public record UserDeletionCancelled(UUID userId, Instant cancelledAt) implements UserEvent {

    public static final String TYPE = "user.deletion_cancelled";

    /** Refuses a payload without what every consumer relies on. */
    public UserDeletionCancelled {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(cancelledAt, "cancelledAt");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
