package nova.contracts.user;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A user's public profile. {@code avatarMediaId} and {@code headerMediaId} name media-context files (null when
 * unset); {@code verified} is true once the email address was proven; {@code status} is one of
 * {@link UserStatus}'s values.
 */
public record UserProfile(UUID id, String username, String displayName, String bio, String locale,
                          UUID avatarMediaId, UUID headerMediaId, List<ProfileLink> links, boolean verified,
                          String status, Instant createdAt, Instant updatedAt) {

    public UserProfile {
        links = links == null ? List.of() : List.copyOf(links);
    }
}
