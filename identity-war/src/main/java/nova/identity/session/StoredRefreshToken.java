package nova.identity.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A refresh token as stored ({@code refresh_tokens}, keyed by its SHA-256). All tokens descending from one
 * login share a family; each can be spent once.
 */
@Entity
@Table(name = "refresh_tokens")
public class StoredRefreshToken {

    /** What presenting this token means. */
    public enum Standing {
        /** unspent and unexpired: exchange it for a new pair */
        USABLE,
        /** too old: refuse */
        EXPIRED,
        /** its family was revoked: refuse */
        REVOKED,
        /** spent already: someone holds a copy, so revoke the family and its session */
        REUSED
    }

    @Id
    @Column(name = "token_hash")
    private byte[] tokenHash;

    @Column(name = "session_id", nullable = false, updatable = false)
    private UUID sessionId;

    @Column(name = "family_id", nullable = false, updatable = false)
    private UUID familyId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected StoredRefreshToken() {
        // for JPA
    }

    public StoredRefreshToken(byte[] tokenHash, UUID sessionId, UUID familyId, UUID userId, Instant issuedAt,
                              Instant expiresAt, Instant usedAt, Instant revokedAt) {
        this.tokenHash = tokenHash.clone();
        this.sessionId = sessionId;
        this.familyId = familyId;
        this.userId = userId;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.usedAt = usedAt;
        this.revokedAt = revokedAt;
    }

    /**
     * A new, unspent token of {@code session}'s family {@code familyId}, valid {@link RefreshToken#LIFETIME}
     * from {@code now}, or until the session {@link Session#endsAt() ends} if that comes first.
     */
    public static StoredRefreshToken issue(RefreshToken token, Session session, UUID familyId, Instant now) {
        Instant expiresAt = now.plus(RefreshToken.LIFETIME);
        if (session.endsAt().isBefore(expiresAt)) {
            expiresAt = session.endsAt();
        }
        return new StoredRefreshToken(token.hash(), session.id(), familyId, session.userId(), now, expiresAt, null, null);
    }

    public Standing standingAt(Instant now) {
        if (revokedAt != null) {
            return Standing.REVOKED;
        }
        if (usedAt != null) {
            return Standing.REUSED;
        }
        if (!now.isBefore(expiresAt)) {
            return Standing.EXPIRED;
        }
        return Standing.USABLE;
    }

    /**
     * Spends it at {@code now}: presenting it again is reuse.
     *
     * @return false if it was spent or revoked already (nothing changes)
     */
    public boolean spend(Instant now) {
        if (usedAt != null || revokedAt != null) {
            return false;
        }
        usedAt = now;
        return true;
    }

    public byte[] tokenHash() {
        return tokenHash.clone();
    }

    public UUID sessionId() {
        return sessionId;
    }

    public UUID familyId() {
        return familyId;
    }

    public UUID userId() {
        return userId;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    @Override
    public String toString() {
        return "StoredRefreshToken[session=" + sessionId + ", family=" + familyId + ", expiresAt=" + expiresAt + "]";
    }
}
