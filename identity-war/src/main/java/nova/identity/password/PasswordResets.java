package nova.identity.password;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;
import nova.contracts.identity.PasswordChanged;
import nova.identity.account.Credential;
import nova.identity.account.CredentialRepository;
import nova.identity.account.MailedToken;
import nova.identity.account.MailedTokenRepository;
import nova.identity.account.StoredMailedToken;
import nova.identity.session.SessionRevocation;
import nova.identity.throttle.LoginThrottle;
import nova.platform.events.Outbox;
import nova.platform.events.TraceContext;
import nova.platform.persistence.DatabaseTime;
import nova.platform.problem.Rejection;

/**
 * Resetting a forgotten password with a token mailed to the account's address.
 * <p>
 * A request ({@link #request}) is answered 202 before anything about the address is looked up: the work
 * ({@link ResetMail}) runs on a managed thread afterwards, so the answer and its timing are the same whether
 * or not an account has the address. Tokens live 30 minutes; a newer request leaves older unexpired tokens
 * valid, and spending one spends them all.
 * <p>
 * A confirmation ({@link #holderOf}, then {@link #reset}) spends the token under its row lock, so of two
 * concurrent uses only one wins; sets the new password (hashed by the caller outside the transaction);
 * revokes every session of the account (reason {@code password_reset}); clears the failed-login counts of
 * its username and email; and publishes {@code identity.password.changed} ({@code via = reset}). A banned or
 * deleted account's token is refused like an unknown one.
 */
@ApplicationScoped
public class PasswordResets {

    private static final Logger LOG = Logger.getLogger(PasswordResets.class.getName());
    /** Requests waiting for a managed thread at most; beyond that a flood is answered alike and sends nothing. */
    static final int MAX_PENDING = 64;

    @Inject
    ResetMail mail;

    @Inject
    CredentialRepository credentials;

    @Inject
    MailedTokenRepository tokens;

    @Inject
    SessionRevocation revocation;

    @Inject
    LoginThrottle throttle;

    @Inject
    Outbox outbox;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private final Semaphore pending = new Semaphore(MAX_PENDING);

    /** Hands a request for {@code email} (syntax checked) to a managed thread, and returns at once. */
    public void request(String email) {
        if (!pending.tryAcquire()) {
            LOG.warning("Too many password reset requests waiting: one was dropped");
            return;
        }
        String trace = TraceContext.current().orElse(null);
        try {
            executor.execute(() -> {
                try (TraceContext.Scope scope = TraceContext.enter(trace)) {
                    mail.send(email);
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "A password reset request could not be handled: {0}", e.toString());
                } finally {
                    pending.release();
                }
            });
        } catch (RejectedExecutionException e) {
            pending.release();
            LOG.log(Level.WARNING, "A password reset request could not be queued: {0}", e.toString());
        }
    }

    /**
     * The account a presented reset token would reset, before the new password is vetted and hashed. No lock:
     * {@link #reset} checks the token again under one.
     *
     * @throws Rejection 400 {@code invalid-input} on {@code token}: unknown, spent or expired, or its account
     *                   may not log in
     */
    public Credential holderOf(String presented) {
        Instant now = DatabaseTime.now();
        byte[] hash = MailedToken.hashOf(presented).orElseThrow(PasswordResets::invalidToken);
        StoredMailedToken token = tokens.find(hash, MailedToken.Purpose.PASSWORD_RESET)
                .filter(found -> found.isUsableAt(now))
                .orElseThrow(PasswordResets::invalidToken);
        return credentials.findById(token.userId()).filter(account -> account.mayLogInAt(now))
                .orElseThrow(PasswordResets::invalidToken);
    }

    /**
     * Spends the token and sets the new password, in one transaction.
     *
     * @param newHash the PHC string of the new password, hashed by the caller outside the transaction
     * @throws Rejection 400 {@code invalid-input} on {@code token} if it was spent meanwhile (a concurrent use
     *                   won), expired, or its account may no longer log in
     */
    @Transactional(rollbackOn = Exception.class)
    public void reset(String presented, String newHash) {
        Instant now = DatabaseTime.now();
        byte[] hash = MailedToken.hashOf(presented).orElseThrow(PasswordResets::invalidToken);
        StoredMailedToken token = tokens.findForUpdate(hash, MailedToken.Purpose.PASSWORD_RESET)
                .filter(found -> found.isUsableAt(now))
                .orElseThrow(PasswordResets::invalidToken);
        Credential account = credentials.findByIdForUpdate(token.userId()).filter(found -> found.mayLogInAt(now))
                .orElseThrow(PasswordResets::invalidToken);
        tokens.spendAll(account.id(), MailedToken.Purpose.PASSWORD_RESET, now);
        account.replacePasswordHash(newHash, now);
        revocation.revokeAllOf(account.id(), null, SessionRevocation.PASSWORD_RESET, now);
        throttle.clearNames(List.of(account.username(), account.email()));
        outbox.publish(new PasswordChanged(account.id(), PasswordChanged.RESET, now));
    }

    static Rejection invalidToken() {
        return Rejection.invalidInput("token", "is unknown, used already or expired");
    }
}
