package nova.contracts.user;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code user.deleted}: the account is gone for good (its grace period ran out). Subject: the user id. Every
 * context deletes or anonymises what it holds of this user; identity refuses the account's logins and
 * revokes its sessions. {@code username} is the name it had, so consumers need not call back.
 */
public record UserDeleted(UUID userId, String username, Instant deletedAt) {

    public static final String TYPE = "user.deleted";

    public JsonObject toJson() {
        return Json.createObjectBuilder()
                .add("userId", userId.toString())
                .add("username", username)
                .add("deletedAt", deletedAt.toString())
                .build();
    }

    /** Reads the payload; unknown fields are ignored. */
    public static UserDeleted from(JsonObject data) {
        return new UserDeleted(UUID.fromString(data.getString("userId")), data.getString("username"),
                Instant.parse(data.getString("deletedAt")));
    }
}
