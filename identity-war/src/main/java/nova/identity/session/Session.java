package nova.identity.session;

import java.time.Instant;
import java.util.UUID;
import nova.contracts.identity.ActiveSession;

/** One row of {@code sessions}: a login on one device, alive while its refresh tokens are. */
public record Session(UUID id, UUID userId, Instant createdAt, Instant lastUsedAt, ClientOrigin origin,
                      Instant revokedAt) {

    public static Session begin(UUID userId, ClientOrigin origin, Instant now) {
        return new Session(UUID.randomUUID(), userId, now, now, origin, null);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /**
     * Whether its holder can still use it at {@code now}: not revoked, and refreshed recently enough
     * that its latest refresh token has not expired (each refresh touches {@code lastUsedAt}).
     */
    public boolean isOpenAt(Instant now) {
        return !isRevoked() && lastUsedAt.plus(RefreshToken.LIFETIME).isAfter(now);
    }

    /**
     * Whether {@code userId} may revoke it: only an open session of their own. Anyone else is told, as for
     * an unknown id, that there is no such session; so is the owner of a session that has ended.
     */
    public boolean isRevocableBy(UUID userId, Instant now) {
        return this.userId.equals(userId) && isOpenAt(now);
    }

    /** As its holder sees it; {@code current} when it is the session of the token that asks. */
    public ActiveSession toActiveSession(UUID currentSessionId) {
        return new ActiveSession(id, origin.userAgent(), origin.ip(), createdAt, lastUsedAt, id.equals(currentSessionId));
    }
}
