package nova.contracts.user;

import java.time.Instant;

/** Bans a user: {@code reason} 1–500 characters (kept, and shown to moderators); {@code until} in the future, or null for no end. */
public record BanRequest(String reason, Instant until) {
}
