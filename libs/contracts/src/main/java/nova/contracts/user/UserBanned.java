package nova.contracts.user;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code user.banned}: a holder of {@code ban_users} banned this user. Subject: the user id. {@code until} is
 * null for a ban without end; otherwise the ban lapses by itself at that instant (and {@code user.unbanned}
 * follows). identity refuses logins while the ban holds and revokes every session at once.
 */
public record UserBanned(UUID userId, String username, String reason, Instant until, UUID bannedBy, Instant bannedAt)
        implements UserEvent {

    public static final String TYPE = "user.banned";

    /** Refuses a payload without what every consumer relies on. */
    public UserBanned {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(bannedBy, "bannedBy");
        Objects.requireNonNull(bannedAt, "bannedAt");
    }

    /** Whether the ban holds at {@code now}. */
    public boolean holdsAt(Instant now) {
        return until == null || now.isBefore(until);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
