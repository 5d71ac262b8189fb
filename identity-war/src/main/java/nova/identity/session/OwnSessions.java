package nova.identity.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nova.contracts.identity.ActiveSession;
import nova.contracts.identity.SessionRevoked;
import nova.platform.persistence.DatabaseTime;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;

/**
 * What an account holder does with their own sessions: list them, revoke one, revoke all but the
 * current one, log out. Nobody sees or touches another's: someone else's session is answered exactly
 * as an unknown one.
 */
@ApplicationScoped
public class OwnSessions {

    @Inject
    SessionRepository sessions;

    @Inject
    SessionRevocation revocation;

    /** The caller's open sessions, most recently used first, the current one marked. */
    public List<ActiveSession> list(CallingSession caller) {
        Instant now = DatabaseTime.now();
        return sessions.unrevokedOf(caller.userId(), now.minus(RefreshToken.LIFETIME)).stream()
                .filter(session -> session.isOpenAt(now))
                .map(session -> session.toActiveSession(caller.sessionId()))
                .toList();
    }

    /**
     * Revokes one of the caller's open sessions (the current one too: that is a logout).
     *
     * @throws Rejection 404 {@code not-found} if it is unknown, someone else's or ended already
     */
    @Transactional(rollbackOn = Exception.class)
    public void revoke(CallingSession caller, UUID sessionId) {
        Instant now = DatabaseTime.now();
        Session session = sessions.find(sessionId).filter(s -> s.isRevocableBy(caller.userId(), now))
                .orElseThrow(OwnSessions::noSuchSession);
        String reason = session.id().equals(caller.sessionId()) ? SessionRevoked.LOGOUT : SessionRevoked.REVOKED;
        if (!revocation.revoke(session.id(), caller.userId(), reason, now)) {
            throw noSuchSession(); // revoked meanwhile by another request
        }
    }

    /** Revokes every open session of the caller but the current one; returns how many. */
    @Transactional(rollbackOn = Exception.class)
    public int revokeOthers(CallingSession caller) {
        return revocation.revokeAllOf(caller.userId(), caller.sessionId(), SessionRevoked.OTHERS_REVOKED, DatabaseTime.now());
    }

    /** Revokes the caller's current session; its tokens, this one included, stop working. */
    @Transactional(rollbackOn = Exception.class)
    public void logout(CallingSession caller) {
        Instant now = DatabaseTime.now();
        if (sessions.find(caller.sessionId()).filter(s -> s.userId().equals(caller.userId())).isPresent()) {
            revocation.revoke(caller.sessionId(), caller.userId(), SessionRevoked.LOGOUT, now);
        }
    }


    static Rejection noSuchSession() {
        return new Rejection(Problem.of(404, "not-found", "Not found", "You have no open session with this id."));
    }
}
