package nova.identity.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import nova.contracts.identity.SessionRevoked;
import nova.contracts.identity.Tokens;
import nova.contracts.identity.UserLoggedIn;
import nova.identity.account.Credential;
import nova.identity.account.CredentialRepository;
import nova.identity.account.PasswordHasher;
import nova.platform.persistence.DatabaseTime;
import nova.platform.problem.Rejection;
import nova.identity.token.AccessToken;
import nova.identity.throttle.LoginThrottle;
import nova.identity.throttle.TooManyAttempts;
import nova.identity.token.AccessTokenIssuer;
import nova.platform.events.Outbox;
import nova.platform.problem.Problem;

/**
 * Logging in and refreshing. A login checks the password, opens a session and the first refresh
 * token of a new family, and publishes {@code identity.user.logged_in}, in one transaction. A refresh
 * spends one token of the family and issues the next; a token spent twice revokes the family and
 * its session ({@link SessionRevocation}: {@code identity.session.revoked}, reason {@code refresh_reuse}).
 */
@ApplicationScoped
public class SessionService {

    private static final Logger LOG = Logger.getLogger(SessionService.class.getName());

    @Inject
    CredentialRepository credentials;

    @Inject
    PasswordHasher hasher;

    @Inject
    SessionRepository sessions;

    @Inject
    RefreshTokenRepository refreshTokens;

    @Inject
    AccessTokenIssuer accessTokens;

    @Inject
    SessionRevocation revocation;

    @Inject
    Outbox outbox;

    @Inject
    LoginThrottle throttle;

    /**
     * Checks a login's password, outside any transaction: argon2id takes tens of milliseconds and may
     * wait for a free core, and no database connection is held meanwhile (the lookups take one for a
     * moment and give it back). An unknown login costs the same as a wrong password, and counts the same
     * against the {@link LoginThrottle}. Only once the password is proven does the answer tell that the
     * account may not log in.
     *
     * @param login email or username, any case
     * @throws TooManyAttempts 429: too many failed logins for this name or from this address; nothing was hashed
     * @throws Rejection       401 {@code invalid-credentials}: unknown login or wrong password, alike and in about
     *                         the same time; 403 {@code account-suspended}: the right password of a banned or
     *                         deleted account
     */
    public Credential authenticate(String login, String password, ClientOrigin origin) {
        LoginThrottle.Attempt attempt = throttle.admit(login, origin.ip(), DatabaseTime.now());
        Optional<Credential> found = credentials.findByLogin(login);
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            throttle.failed(attempt, DatabaseTime.now());
            throw invalidCredentials();
        }
        Credential credential = found.get();
        if (!hasher.verify(password, credential.passwordHash())) {
            throttle.failed(attempt, DatabaseTime.now());
            throw invalidCredentials();
        }
        throttle.succeeded(attempt);
        if (!credential.mayLogInAt(DatabaseTime.now())) {
            throw accountSuspended();
        }
        return credential;
    }

    /** The password hashed with the current parameters if {@code verified}'s are weaker, else null. Outside any transaction. */
    public String rehashIfWeaker(Credential verified, String password) {
        return hasher.needsRehash(verified.passwordHash()) ? hasher.hash(password) : null;
    }

    /**
     * Begins a session for an account whose password {@link #authenticate} accepted: the session,
     * the first refresh token of a new family and {@code identity.user.logged_in}, in one transaction.
     * <p>
     * The account is read-locked until the session commits: a ban or deletion that revokes the account's
     * sessions either comes after and finds this one, or comes first and is seen here.
     *
     * @param rehashed a stronger hash of the same password to store, or null
     * @throws Rejection 401 {@code invalid-credentials} if the account's password changed since it was checked;
     *                   403 {@code account-suspended} if it was banned or deleted meanwhile
     */
    @Transactional(rollbackOn = Exception.class)
    public Tokens beginSession(Credential verified, String rehashed, ClientOrigin origin) {
        Instant now = DatabaseTime.now();
        // given a new password, banned or deleted in the moment since the check: the check no longer holds
        Credential credential = credentials.findByIdForShare(verified.id())
                .filter(current -> current.passwordHash().equals(verified.passwordHash()))
                .orElseThrow(SessionService::invalidCredentials);
        if (!credential.mayLogInAt(now)) {
            throw accountSuspended();
        }
        if (rehashed != null) {
            credential.replacePasswordHash(rehashed, now);
        }
        Session session = Session.begin(credential.id(), origin, now);
        sessions.add(session);
        RefreshToken refreshToken = RefreshToken.generate();
        StoredRefreshToken stored = StoredRefreshToken.issue(refreshToken, session, UUID.randomUUID(), now);
        refreshTokens.add(stored);
        outbox.publish(new UserLoggedIn(credential.id(), session.id(), now));
        return tokens(accessTokens.issue(credential.id(), credential.username(), credential.groups(), session.id(), now),
                refreshToken, stored, now);
    }

    /**
     * Exchanges a refresh token for a new pair.
     * <p>
     * Rejections do not roll back: when a spent token comes back, the revocation of its family and
     * session, and its {@code identity.session.revoked} event, must commit even though the caller gets a 401.
     *
     * @throws Rejection 401 {@code invalid-refresh-token}: unknown, expired, revoked or reused, or the
     *                   session or account can no longer be used
     */
    @Transactional(rollbackOn = Exception.class, dontRollbackOn = Rejection.class)
    public Tokens refresh(String presented) {
        byte[] hash = RefreshToken.hashOf(presented).orElseThrow(SessionService::invalidRefreshToken);
        StoredRefreshToken stored = refreshTokens.findForUpdate(hash).orElseThrow(SessionService::invalidRefreshToken);
        Instant now = DatabaseTime.now();
        switch (stored.standingAt(now)) {
            case REUSED -> {
                int revoked = refreshTokens.revokeFamily(stored.familyId(), now);
                revocation.revoke(stored.sessionId(), stored.userId(), SessionRevoked.REFRESH_REUSE, now);
                LOG.warning("A spent refresh token was presented again: revoked session " + stored.sessionId()
                        + " of user " + stored.userId() + " and " + revoked + " token(s) of its family");
                throw invalidRefreshToken();
            }
            case EXPIRED, REVOKED -> throw invalidRefreshToken();
            case USABLE -> {
                // carry on below
            }
        }
        // revoked, or at the end of its lifetime however recently it was refreshed; locked after its token, as a
        // revocation locks them, so that a revocation under way is seen here, or waits for this refresh
        Session session = sessions.findForUpdate(stored.sessionId()).filter(s -> s.isOpenAt(now))
                .orElseThrow(SessionService::invalidRefreshToken);
        // a banned or deleted account's sessions are revoked; this also holds while that is still on its way
        Credential credential = credentials.findById(stored.userId()).filter(account -> account.mayLogInAt(now))
                .orElseThrow(SessionService::invalidRefreshToken);
        if (!stored.spend(now)) {
            throw invalidRefreshToken();
        }
        RefreshToken next = RefreshToken.generate();
        StoredRefreshToken issued = StoredRefreshToken.issue(next, session, stored.familyId(), now);
        refreshTokens.add(issued);
        session.touch(now);
        // the groups as the account's roles are now: a role change reaches the tokens at the next refresh
        return tokens(accessTokens.issue(credential.id(), credential.username(), credential.groups(), session.id(), now),
                next, issued, now);
    }

    private static Tokens tokens(String accessToken, RefreshToken refreshToken, StoredRefreshToken stored, Instant now) {
        return new Tokens(accessToken, "Bearer", AccessToken.LIFETIME.toSeconds(), refreshToken.value(),
                Duration.between(now, stored.expiresAt()).toSeconds());
    }


    public static Rejection invalidCredentials() {
        return new Rejection(Problem.of(401, "invalid-credentials", "Invalid credentials",
                "The login or the password is not correct."));
    }

    /** Said only to whoever gave the right password: the account exists and may not log in. */
    public static Rejection accountSuspended() {
        return new Rejection(Problem.of(403, "account-suspended", "Account suspended",
                "This account is banned or deleted and cannot log in."));
    }

    static Rejection invalidRefreshToken() {
        return new Rejection(Problem.of(401, "invalid-refresh-token", "Invalid refresh token",
                "The refresh token is unknown, expired or no longer valid. Log in again."));
    }
}
