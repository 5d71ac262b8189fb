package nova.identity.session;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nova.contracts.identity.ActiveSession;

/**
 * One row of {@code sessions}: a login on one device, alive while its refresh tokens are, and never
 * longer than {@link #MAX_LIFETIME} after the login, however often it is refreshed.
 */
public record Session(UUID id, UUID userId, Instant createdAt, Instant lastUsedAt, ClientOrigin origin,
                      Instant revokedAt) {

    /**
     * A login lasts at most this long: a stolen refresh token kept in use cannot outlive it, and every
     * device proves the password again at least this often (OWASP ASVS 3.3.2 asks for an absolute
     * timeout; 90 days is what long-lived mobile sessions of social networks commonly allow).
     */
    public static final Duration MAX_LIFETIME = Duration.ofDays(90);

    public static Session begin(UUID userId, ClientOrigin origin, Instant now) {
        return new Session(UUID.randomUUID(), userId, now, now, origin, null);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** When it ends whatever happens: {@link #MAX_LIFETIME} after the login. */
    public Instant endsAt() {
        return createdAt.plus(MAX_LIFETIME);
    }

    /**
     * Whether its holder can still use it at {@code now}: not revoked, refreshed recently enough that
     * its latest refresh token has not expired (each refresh touches {@code lastUsedAt}), and not at
     * its {@link #endsAt() end}.
     */
    public boolean isOpenAt(Instant now) {
        return !isRevoked() && lastUsedAt.plus(RefreshToken.LIFETIME).isAfter(now) && endsAt().isAfter(now);
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
