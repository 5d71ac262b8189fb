package nova.contracts.identity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code identity.email.verified}: the holder proved they receive mail at {@code email} (they posted back
 * the token identity had mailed). Subject: the user id. The user context turns it into {@code user.verified}.
 */
public record EmailVerified(UUID userId, String email, Instant verifiedAt) {

    public static final String TYPE = "identity.email.verified";

    public JsonObject toJson() {
        return Json.createObjectBuilder()
                .add("userId", userId.toString())
                .add("email", email)
                .add("verifiedAt", verifiedAt.toString())
                .build();
    }

    /** Reads the payload; unknown fields are ignored. */
    public static EmailVerified from(JsonObject data) {
        return new EmailVerified(UUID.fromString(data.getString("userId")), data.getString("email"),
                Instant.parse(data.getString("verifiedAt")));
    }
}
