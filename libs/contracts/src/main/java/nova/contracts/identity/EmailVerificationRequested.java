package nova.contracts.identity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code identity.email.verification_requested}: an address needs proving: the communication context mails {@code token} (to be posted back to identity) to {@code email}.
 * Subject: the user id. {@code token} is single-use and expires at {@code expiresAt}; identity keeps only its
 * SHA-256. It is a secret: the event log stores this type with {@code token} redacted, and nothing may log it.
 */
public record EmailVerificationRequested(UUID userId, String username, String email, String token, Instant expiresAt) {

    public static final String TYPE = "identity.email.verification_requested";

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
    public static EmailVerificationRequested from(JsonObject data) {
        return new EmailVerificationRequested(UUID.fromString(data.getString("userId")), data.getString("username"),
                data.getString("email"), data.getString("token"), Instant.parse(data.getString("expiresAt")));
    }

    @Override
    public String toString() {
        return "EmailVerificationRequested[userId=" + userId + ", expiresAt=" + expiresAt + "]";
    }
}
