package nova.contracts.user;

import java.time.Instant;
import java.util.UUID;

/**
 * Where an account stands. {@code status} is {@link #ACTIVE}, {@link #BANNED}, {@link #DELETION_SCHEDULED}
 * (the user can still log in and cancel until {@code deletionEffectiveAt}) or {@link #DELETED}. Ban details are
 * present only while banned.
 */
public record UserStatus(UUID userId, String status, String banReason, Instant bannedUntil,
                         Instant deletionEffectiveAt) {

    public static final String ACTIVE = "active";
    public static final String BANNED = "banned";
    public static final String DELETION_SCHEDULED = "deletion_scheduled";
    public static final String DELETED = "deleted";
}
