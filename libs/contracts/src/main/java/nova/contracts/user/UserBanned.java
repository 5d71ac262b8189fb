package nova.contracts.user;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code user.banned}: a holder of {@code ban_users} banned this user. Subject: the user id. {@code until} is
 * null for a ban without end; otherwise the ban lapses by itself at that instant (and {@code user.unbanned}
 * follows). identity refuses logins while the ban holds and revokes every session at once.
 */
public record UserBanned(UUID userId, String username, String reason, Instant until, UUID bannedBy, Instant bannedAt) {

    public static final String TYPE = "user.banned";

    /** Whether the ban holds at {@code now}. */
    public boolean holdsAt(Instant now) {
        return until == null || now.isBefore(until);
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("userId", userId.toString())
                .add("username", username)
                .add("reason", reason)
                .add("bannedBy", bannedBy.toString())
                .add("bannedAt", bannedAt.toString());
        if (until == null) {
            json.addNull("until");
        } else {
            json.add("until", until.toString());
        }
        return json.build();
    }

    /** Reads the payload; unknown fields are ignored. */
    public static UserBanned from(JsonObject data) {
        String until = data.isNull("until") ? null : data.getString("until", null);
        return new UserBanned(UUID.fromString(data.getString("userId")), data.getString("username"),
                data.getString("reason"), until == null ? null : Instant.parse(until),
                UUID.fromString(data.getString("bannedBy")), Instant.parse(data.getString("bannedAt")));
    }
}
