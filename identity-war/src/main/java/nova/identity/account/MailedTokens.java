package nova.identity.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import nova.contracts.identity.EmailVerificationRequested;
import nova.contracts.identity.PasswordResetRequested;
import nova.platform.events.Outbox;

/**
 * Sends an account a single-use token by mail: stores its hash and publishes the event that carries it
 * ({@code identity.email.verification_requested}, {@code identity.password.reset_requested}), which the
 * communication context mails. At most {@link MailedToken.Purpose#LIMIT_PER_WINDOW} of one purpose an hour per
 * account: beyond that nothing is sent, and the caller answers exactly as if it had been.
 * <p>
 * A newer token leaves the account's older unexpired ones valid: whichever mail the holder opens works.
 * Spending one spends them all ({@link MailedTokenRepository#spendAll}).
 */
@ApplicationScoped
public class MailedTokens {

    private static final Logger LOG = Logger.getLogger(MailedTokens.class.getName());
    /** Expired tokens are kept a day (the per-hour limit counts them), then deleted, at most every 10 minutes. */
    static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(1);
    static final Duration SWEEP_EVERY = Duration.ofMinutes(10);

    @Inject
    MailedTokenRepository tokens;

    @Inject
    Outbox outbox;

    private final AtomicReference<Instant> nextSweep = new AtomicReference<>(Instant.MIN);

    /**
     * Mails the account a token that proves its address. In the caller's transaction, which holds the
     * account's row lock (a registration's insert, or a lock taken for the purpose), so that concurrent
     * requests count each other against the limit.
     *
     * @return false if the limit held it back
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean sendEmailVerification(Credential account, Instant now) {
        if (isOverLimit(account, MailedToken.Purpose.EMAIL_VERIFICATION, now)) {
            return false;
        }
        MailedToken token = MailedToken.generate();
        StoredMailedToken stored = issue(token, MailedToken.Purpose.EMAIL_VERIFICATION, account, now);
        outbox.publish(new EmailVerificationRequested(account.id(), account.username(), stored.email(), token.value(),
                stored.expiresAt()));
        return true;
    }

    /**
     * Mails the account a token that sets a new password. As {@link #sendEmailVerification}, in the caller's
     * transaction holding the account's row lock.
     *
     * @return false if the limit held it back
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean sendPasswordReset(Credential account, Instant now) {
        if (isOverLimit(account, MailedToken.Purpose.PASSWORD_RESET, now)) {
            return false;
        }
        MailedToken token = MailedToken.generate();
        StoredMailedToken stored = issue(token, MailedToken.Purpose.PASSWORD_RESET, account, now);
        outbox.publish(new PasswordResetRequested(account.id(), account.username(), stored.email(), token.value(),
                stored.expiresAt()));
        return true;
    }

    private boolean isOverLimit(Credential account, MailedToken.Purpose purpose, Instant now) {
        long sent = tokens.countIssuedSince(account.id(), purpose, now.minus(MailedToken.Purpose.LIMIT_WINDOW));
        if (sent >= MailedToken.Purpose.LIMIT_PER_WINDOW) {
            LOG.log(Level.INFO, "Not sending account {0} another {1} token: {2} sent within the hour",
                    new Object[] {account.id(), purpose.column(), sent});
            return true;
        }
        return false;
    }

    private StoredMailedToken issue(MailedToken token, MailedToken.Purpose purpose, Credential account, Instant now) {
        sweepIfDue(now);
        StoredMailedToken stored = StoredMailedToken.issue(token, purpose, account.id(), account.email(), now);
        tokens.add(stored);
        return stored;
    }

    private void sweepIfDue(Instant now) {
        Instant due = nextSweep.get();
        if (now.isAfter(due) && nextSweep.compareAndSet(due, now.plus(SWEEP_EVERY))) {
            tokens.deleteExpiredBefore(now.minus(KEPT_AFTER_EXPIRY));
        }
    }
}
