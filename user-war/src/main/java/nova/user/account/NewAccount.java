package nova.user.account;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nova.contracts.identity.UserRegistered;
import nova.user.profile.ProfileChange;

/**
 * An account as this context first records it, read from identity's {@code identity.user.registered}:
 * the rows of {@code users}, {@code user_profiles} (display name = the username, no bio, no locale)
 * and {@code user_settings} (every default), all stamped with the registration time, so applying
 * the same registration twice writes the same values.
 */
public record NewAccount(UUID userId, String username, String displayName, Instant createdAt) {

    public NewAccount {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(createdAt, "createdAt");
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("a registration without a username");
        }
    }

    public static NewAccount registered(UserRegistered registration) {
        return new NewAccount(registration.userId(), registration.username(),
                defaultDisplayName(registration.username()), registration.registeredAt());
    }

    /** The username, cut to the display name's limit should identity ever allow longer names. */
    static String defaultDisplayName(String username) {
        String name = username.strip();
        if (name.codePointCount(0, name.length()) <= ProfileChange.DISPLAY_NAME_MAX) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, ProfileChange.DISPLAY_NAME_MAX));
    }
}
