package nova.identity.password;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nova.contracts.identity.PasswordChange;
import nova.contracts.identity.PasswordChanged;
import nova.identity.account.Credential;
import nova.identity.account.CredentialRepository;
import nova.identity.account.MailedToken;
import nova.identity.account.MailedTokenRepository;
import nova.identity.account.PasswordHasher;
import nova.identity.account.RegistrationRules;
import nova.identity.session.CallingSession;
import nova.identity.session.ClientOrigin;
import nova.identity.session.SessionRevocation;
import nova.identity.session.SessionService;
import nova.identity.throttle.LoginThrottle;
import nova.identity.throttle.TooManyAttempts;
import nova.platform.events.Outbox;
import nova.platform.persistence.DatabaseTime;
import nova.platform.problem.Problem.FieldError;
import nova.platform.problem.Rejection;

/**
 * The holder replaces their password: {@link #check} proves the current one and vets the new one, outside
 * any transaction (argon2id holds no connection); the caller hashes the new one; {@link #replace} stores it,
 * revokes every other session of the holder (reason {@code password_changed}), spends any outstanding reset
 * token and publishes {@code identity.password.changed} ({@code via = change}), in one transaction.
 * <p>
 * A wrong current password counts as a failed login for the account's username and the caller's address:
 * otherwise a stolen access token could guess the password without limit.
 */
@ApplicationScoped
public class PasswordChanges {


    @Inject
    CredentialRepository credentials;

    @Inject
    PasswordHasher hasher;

    @Inject
    RegistrationRules rules;

    @Inject
    LoginThrottle throttle;

    @Inject
    MailedTokenRepository tokens;

    @Inject
    SessionRevocation revocation;

    @Inject
    Outbox outbox;

    /**
     * Vets a change and proves the current password, in that order, outside any transaction.
     *
     * @return the account as it was when its password was checked
     * @throws Rejection       400 {@code invalid-input} ({@code currentPassword} missing, {@code newPassword} against
     *                         the registration rules or equal to the current one); 401 {@code invalid-credentials}
     *                         for a wrong current password; 403 {@code account-suspended}
     * @throws TooManyAttempts 429: too many failed logins for this account's username or from this address
     */
    public Credential check(CallingSession caller, PasswordChange change, ClientOrigin origin) {
        Credential account = credentials.findById(caller.userId()).orElseThrow(SessionService::invalidCredentials);
        if (!account.mayLogInAt(DatabaseTime.now())) {
            throw SessionService.accountSuspended();
        }
        String current = change == null ? null : change.currentPassword();
        String next = change == null ? null : change.newPassword();
        List<FieldError> errors = new ArrayList<>();
        if (current == null || current.isEmpty()) {
            errors.add(new FieldError("currentPassword", "is required"));
        }
        Optional<String> problem = rules.problemWithPassword(next, account.username(), account.email());
        if (problem.isEmpty() && next.equals(current)) {
            problem = Optional.of("must differ from the current password");
        }
        problem.ifPresent(message -> errors.add(new FieldError("newPassword", message)));
        if (!errors.isEmpty()) {
            throw Rejection.invalidInput(errors);
        }
        LoginThrottle.Attempt attempt = throttle.admit(account.username(), origin.ip(), DatabaseTime.now());
        if (!hasher.verify(current, account.passwordHash())) {
            throttle.failed(attempt, DatabaseTime.now());
            throw SessionService.invalidCredentials();
        }
        return account;
    }

    /**
     * Stores the new password of an account {@link #check} accepted, unless its password changed since.
     *
     * @param newHash     the PHC string of the new password, hashed by the caller outside the transaction
     * @param keepSession the caller's session: the only one that stays open
     * @throws Rejection 401 {@code invalid-credentials} if the password changed meanwhile (the check no longer
     *                   holds); 403 {@code account-suspended} if the account was banned or deleted meanwhile
     */
    @Transactional(rollbackOn = Exception.class)
    public void replace(Credential checked, String newHash, CallingSession keepSession) {
        Instant now = DatabaseTime.now();
        Credential account = credentials.findByIdForUpdate(checked.id())
                .filter(current -> current.passwordHash().equals(checked.passwordHash()))
                .orElseThrow(SessionService::invalidCredentials);
        if (!account.mayLogInAt(now)) {
            throw SessionService.accountSuspended();
        }
        account.replacePasswordHash(newHash, now);
        // a reset link asked for before the change would undo it
        tokens.spendAll(account.id(), MailedToken.Purpose.PASSWORD_RESET, now);
        revocation.revokeAllOf(account.id(), keepSession.sessionId(), SessionRevocation.PASSWORD_CHANGED, now);
        outbox.publish(new PasswordChanged(account.id(), PasswordChanged.CHANGE, now));
    }

}
