package nova.contracts.user;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code user.deleted}: the account is gone for good (its grace period ran out). Subject: the user id. Every
 * context deletes or anonymises what it holds of this user; identity refuses the account's logins and
 * revokes its sessions. {@code username} is the name it had, so consumers need not call back.
 */
public record UserDeleted(UUID userId, String username, Instant deletedAt) implements UserEvent {

    public static final String TYPE = "user.deleted";

    /** Refuses a payload without what every consumer relies on. */
    public UserDeleted {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(deletedAt, "deletedAt");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
