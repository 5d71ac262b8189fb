package nova.contracts.identity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code identity.password.reset_requested}: someone asked to reset this account's password: the communication context mails {@code token} to {@code email}; only the holder of that mailbox can use it.
 * Subject: the user id. {@code token} is single-use and expires at {@code expiresAt}; identity keeps only its
 * SHA-256. It is a secret: the event log stores this type with {@code token} redacted, and nothing may log it.
 */
public record PasswordResetRequested(UUID userId, String username, String email, String token, Instant expiresAt) {

    public static final String TYPE = "identity.password.reset_requested";

    public JsonObject toJson() {
        return Json.createObjectBuilder()
                .add("userId", userId.toString())
                .add("username", username)
                .add("email", email)
                .add("token", token)
                .add("expiresAt", expiresAt.toString())
                .build();
    }

    /** Reads the payload; unknown fields are ignored. */
    public static PasswordResetRequested from(JsonObject data) {
        return new PasswordResetRequested(UUID.fromString(data.getString("userId")), data.getString("username"),
                data.getString("email"), data.getString("token"), Instant.parse(data.getString("expiresAt")));
    }

    @Override
    public String toString() {
        return "PasswordResetRequested[userId=" + userId + ", expiresAt=" + expiresAt + "]";
    }
}
