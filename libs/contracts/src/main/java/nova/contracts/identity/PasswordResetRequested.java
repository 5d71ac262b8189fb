package nova.contracts.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code identity.password.reset_requested}: someone asked to reset this account's password: the communication context mails {@code token} to {@code email}; only the holder of that mailbox can use it.
 * Subject: the user id. {@code token} is single-use and expires at {@code expiresAt}; identity keeps only its
 * SHA-256. It is a secret: the event log stores this type with {@code token} redacted, and nothing may log it.
 */
public record PasswordResetRequested(UUID userId, String username, String email, String token, Instant expiresAt) implements AccountEvent {

    public static final String TYPE = "identity.password.reset_requested";

    /** Refuses a payload without what every consumer relies on. */
    public PasswordResetRequested {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "PasswordResetRequested[userId=" + userId + ", expiresAt=" + expiresAt + "]";
    }

    @Override
    public String type() {
        return TYPE;
    }
}
