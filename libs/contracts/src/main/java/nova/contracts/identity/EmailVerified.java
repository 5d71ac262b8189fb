package nova.contracts.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code identity.email.verified}: the holder proved they receive mail at {@code email} (they posted back
 * the token identity had mailed). Subject: the user id. The user context turns it into {@code user.verified}.
 */
public record EmailVerified(UUID userId, String email, Instant verifiedAt) implements AccountEvent {

    public static final String TYPE = "identity.email.verified";

    /** Refuses a payload without what every consumer relies on. */
    public EmailVerified {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(verifiedAt, "verifiedAt");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
