package nova.contracts.identity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code identity.session.revoked}: a session ended before its time, with every refresh token of it.
 * Subject: the user id. Every context stops accepting access tokens whose {@code sid} is
 * {@code sessionId} (libs/platform {@code nova.platform.security.RevokedSessions}).
 * <p>
 * {@code reason} is one of the constants below; consumers must accept reasons they do not know.
 */
public record SessionRevoked(UUID userId, UUID sessionId, String reason, Instant revokedAt) {

    public static final String TYPE = "identity.session.revoked";

    /** The holder logged out of this session. */
    public static final String LOGOUT = "logout";
    /** The holder revoked this session from another one (or from itself by its id). */
    public static final String REVOKED = "revoked";
    /** The holder revoked every session but the one they were using. */
    public static final String OTHERS_REVOKED = "others_revoked";
    /** A spent refresh token of this session was presented again: someone holds a copy. */
    public static final String REFRESH_REUSE = "refresh_reuse";

    public JsonObject toJson() {
        return Json.createObjectBuilder()
                .add("userId", userId.toString())
                .add("sessionId", sessionId.toString())
                .add("reason", reason)
                .add("revokedAt", revokedAt.toString())
                .build();
    }

    /** Reads the payload; unknown fields are ignored. */
    public static SessionRevoked from(JsonObject data) {
        return new SessionRevoked(UUID.fromString(data.getString("userId")), UUID.fromString(data.getString("sessionId")),
                data.getString("reason"), Instant.parse(data.getString("revokedAt")));
    }
}
