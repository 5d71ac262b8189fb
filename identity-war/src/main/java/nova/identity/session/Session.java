package nova.identity.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nova.contracts.identity.ActiveSession;

/**
 * A login on one device ({@code sessions}), alive while its refresh tokens are, and never longer than
 * {@link #MAX_LIFETIME} after the login, however often it is refreshed.
 */
@Entity
@Table(name = "sessions")
public class Session {

    /**
     * A login lasts at most this long: a stolen refresh token kept in use cannot outlive it, and every
     * device proves the password again at least this often (OWASP ASVS 3.3.2 asks for an absolute
     * timeout; 90 days is what long-lived mobile sessions of social networks commonly allow).
     */
    public static final Duration MAX_LIFETIME = Duration.ofDays(90);

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at", nullable = false)
    private Instant lastUsedAt;

    @Column(name = "user_agent", updatable = false)
    private String userAgent;

    @Column(updatable = false)
    private String ip;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Session() {
        // for JPA
    }

    public Session(UUID id, UUID userId, Instant createdAt, Instant lastUsedAt, ClientOrigin origin, Instant revokedAt) {
        this.id = id;
        this.userId = userId;
        this.createdAt = createdAt;
        this.lastUsedAt = lastUsedAt;
        this.userAgent = origin.userAgent();
        this.ip = origin.ip();
        this.revokedAt = revokedAt;
    }

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

    /** A refresh used it at {@code now}. */
    public void touch(Instant now) {
        lastUsedAt = now;
    }

    /**
     * Ends it at {@code now}.
     *
     * @return false if it had ended already (nothing changes)
     */
    public boolean revoke(Instant now) {
        if (isRevoked()) {
            return false;
        }
        revokedAt = now;
        return true;
    }

    /** As its holder sees it; {@code current} when it is the session of the token that asks. */
    public ActiveSession toActiveSession(UUID currentSessionId) {
        return new ActiveSession(id, userAgent, ip, createdAt, lastUsedAt, id.equals(currentSessionId));
    }

    public UUID id() {
        return id;
    }

    public UUID userId() {
        return userId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public ClientOrigin origin() {
        return new ClientOrigin(ip, userAgent);
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    @Override
    public String toString() {
        return "Session[id=" + id + ", user=" + userId + ", revoked=" + isRevoked() + "]";
    }
}
