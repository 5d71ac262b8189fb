package nova.contracts.user;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code user.deletion_scheduled}: the user asked to delete their account. Subject: the user id. Until
 * {@code effectiveAt} they can still log in and cancel ({@code user.deletion_cancelled}); at that instant
 * {@code user.deleted} follows.
 */
public record UserDeletionScheduled(UUID userId, Instant requestedAt, Instant effectiveAt) implements UserEvent {

    public static final String TYPE = "user.deletion_scheduled";

    /** Refuses a payload without what every consumer relies on. */
    public UserDeletionScheduled {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(effectiveAt, "effectiveAt");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
