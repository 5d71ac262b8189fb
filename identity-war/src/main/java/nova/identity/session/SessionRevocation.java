package nova.identity.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import nova.contracts.identity.SessionRevoked;
import nova.platform.events.Outbox;
import nova.platform.security.RevocationIntake;

/**
 * Ending a session, the one way every path does it (logout, revoking one or all others, a reused
 * refresh token), inside the caller's transaction: its refresh tokens and the session are revoked,
 * {@code identity.session.revoked} goes to the outbox, and the session is listed in this server's
 * {@code revoked_sessions}, so identity refuses its access tokens the moment the transaction commits;
 * every other context does when the event reaches it.
 * <p>
 * Refresh tokens first, then the session: the same order a refresh locks them in, so the two never
 * wait for each other in a circle.
 */
@ApplicationScoped
public class SessionRevocation {

    // reasons beyond SessionRevoked's constants, which consumers accept as unknown ones
    /** The holder changed their password: every other session ends. */
    public static final String PASSWORD_CHANGED = "password_changed";
    /** The password was reset with an emailed token: every session ends. */
    public static final String PASSWORD_RESET = "password_reset";
    /** The user context banned the account. */
    public static final String BANNED = "banned";
    /** The user context deleted the account. */
    public static final String DELETED = "deleted";

    @Inject
    SessionRepository sessions;

    @Inject
    RefreshTokenRepository refreshTokens;

    @Inject
    Outbox outbox;

    @Inject
    RevocationIntake revocations;

    /**
     * @param reason one of {@link SessionRevoked}'s reasons
     * @return false if the session had been revoked already (nothing is published again)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean revoke(UUID sessionId, UUID userId, String reason, Instant now) {
        refreshTokens.revokeSession(sessionId, now);
        // locked and read again: of two revocations of one session, the second finds it revoked
        if (!sessions.findForUpdate(sessionId).map(session -> session.revoke(now)).orElse(false)) {
            return false;
        }
        outbox.publish(new SessionRevoked(userId, sessionId, reason, now));
        revocations.record(sessionId, now);
        return true;
    }

    /**
     * Revokes every open session of the user but {@code keep} (null: every one), each with its own event.
     * Sessions idle longer than a refresh token lives are left alone: nothing of them can be used any more.
     *
     * @return how many were revoked
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int revokeAllOf(UUID userId, UUID keep, String reason, Instant now) {
        int revoked = 0;
        for (Session session : sessions.unrevokedOf(userId, now.minus(RefreshToken.LIFETIME))) {
            if (!session.id().equals(keep) && revoke(session.id(), userId, reason, now)) {
                revoked++;
            }
        }
        return revoked;
    }
}
