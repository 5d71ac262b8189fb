package nova.contracts.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code identity.session.revoked}: a session ended before its time, with every refresh token of it.
 * Subject: the user id. Every context stops accepting access tokens whose {@code sid} is
 * {@code sessionId} (libs/platform {@code nova.platform.security.RevokedSessions}).
 * <p>
 * {@code reason} is one of the constants below; consumers must accept reasons they do not know.
 */
public record SessionRevoked(UUID userId, UUID sessionId, String reason, Instant revokedAt) implements AccountEvent {

    public static final String TYPE = "identity.session.revoked";

    /** Refuses a payload without what every consumer relies on. */
    public SessionRevoked {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }

    /** The holder logged out of this session. */
    public static final String LOGOUT = "logout";
    /** The holder revoked this session from another one (or from itself by its id). */
    public static final String REVOKED = "revoked";
    /** The holder revoked every session but the one they were using. */
    public static final String OTHERS_REVOKED = "others_revoked";
    /** A spent refresh token of this session was presented again: someone holds a copy. */
    public static final String REFRESH_REUSE = "refresh_reuse";

    @Override
    public String type() {
        return TYPE;
    }
}
