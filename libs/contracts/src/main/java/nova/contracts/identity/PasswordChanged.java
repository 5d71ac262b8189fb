package nova.contracts.identity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code identity.password.changed}: an account's password was replaced. Subject: the user id.
 * {@code via} is {@link #CHANGE} (the holder gave the current one) or {@link #RESET} (an emailed reset
 * token); consumers must accept values they do not know. The password itself never travels.
 */
public record PasswordChanged(UUID userId, String via, Instant changedAt) {

    public static final String TYPE = "identity.password.changed";
    public static final String CHANGE = "change";
    public static final String RESET = "reset";

    public JsonObject toJson() {
        return Json.createObjectBuilder()
                .add("userId", userId.toString())
                .add("via", via)
                .add("changedAt", changedAt.toString())
                .build();
    }

    /** Reads the payload; unknown fields are ignored. */
    public static PasswordChanged from(JsonObject data) {
        return new PasswordChanged(UUID.fromString(data.getString("userId")), data.getString("via"),
                Instant.parse(data.getString("changedAt")));
    }
}
