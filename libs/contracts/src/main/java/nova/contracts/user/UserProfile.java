package nova.contracts.user;

import java.time.Instant;
import java.util.UUID;

/** A user's public profile. */
public record UserProfile(UUID id, String username, String displayName, String bio, String locale,
                          Instant createdAt, Instant updatedAt) {
}
