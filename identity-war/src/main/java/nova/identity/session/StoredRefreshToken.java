package nova.identity.session;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of {@code refresh_tokens}. All tokens descending from one login share a family; each
 * can be spent once.
 */
public record StoredRefreshToken(byte[] tokenHash, UUID sessionId, UUID familyId, UUID userId, Instant issuedAt,
                                 Instant expiresAt, Instant usedAt, Instant revokedAt) {

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

    @Override
    public String toString() {
        return "StoredRefreshToken[session=" + sessionId + ", family=" + familyId + ", expiresAt=" + expiresAt + "]";
    }
}
