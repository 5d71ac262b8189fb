package nova.contracts.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code identity.email.verification_requested}: an address needs proving: the communication context mails {@code token} (to be posted back to identity) to {@code email}.
 * Subject: the user id. {@code token} is single-use and expires at {@code expiresAt}; identity keeps only its
 * SHA-256. It is a secret: the event log stores this type with {@code token} redacted, and nothing may log it.
 */
public record EmailVerificationRequested(UUID userId, String username, String email, String token, Instant expiresAt) implements AccountEvent {

    public static final String TYPE = "identity.email.verification_requested";

    /** Refuses a payload without what every consumer relies on. */
    public EmailVerificationRequested {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "EmailVerificationRequested[userId=" + userId + ", expiresAt=" + expiresAt + "]";
    }

    @Override
    public String type() {
        return TYPE;
    }
}
