package nova.identity.email;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import nova.contracts.identity.EmailVerified;
import nova.identity.account.Credential;
import nova.identity.account.CredentialRepository;
import nova.identity.account.EmailAddress;
import nova.identity.account.MailedToken;
import nova.identity.account.MailedTokenRepository;
import nova.identity.account.MailedTokens;
import nova.identity.account.StoredMailedToken;
import nova.identity.session.CallingSession;
import nova.identity.session.SessionService;
import nova.platform.events.Outbox;
import nova.platform.persistence.DatabaseTime;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;

/**
 * Proving the account's address. {@link #requestAnother} mails the holder a new token (valid 24 hours; older
 * unexpired ones stay valid; at most 5 an hour, beyond that nothing is sent and the answer is the same).
 * {@link #verify} spends a token under its row lock (of two concurrent uses one wins), and with it every other
 * outstanding one, marks the address verified and publishes {@code identity.email.verified}, in one transaction.
 * <p>
 * A token proves the address it was sent to: if the account's address is another by now, it proves nothing.
 * A deleted account's tokens are refused; a banned one may still prove its address.
 */
@ApplicationScoped
public class EmailVerifications {


    @Inject
    CredentialRepository credentials;

    @Inject
    MailedTokenRepository tokens;

    @Inject
    MailedTokens mailedTokens;

    @Inject
    Outbox outbox;

    /**
     * Mails the caller a new verification token.
     *
     * @throws Rejection 409 {@code already-verified} when the address is proven already
     */
    @Transactional(rollbackOn = Exception.class)
    public void requestAnother(CallingSession caller) {
        Instant now = DatabaseTime.now();
        // locked, so that concurrent requests count each other against the limit
        Credential account = credentials.findByIdForUpdate(caller.userId()).orElseThrow(SessionService::invalidCredentials);
        if (!account.mayLogInAt(now)) {
            throw SessionService.accountSuspended();
        }
        if (account.isEmailVerified()) {
            throw new Rejection(Problem.of(409, "already-verified", "Already verified",
                    "This account's email address is verified already."));
        }
        mailedTokens.sendEmailVerification(account, now);
    }

    /**
     * Proves the address with a mailed token.
     *
     * @throws Rejection 400 {@code invalid-input} on {@code token}: unknown, spent, expired, for an address the
     *                   account no longer has, or of a deleted account (never told apart)
     */
    @Transactional(rollbackOn = Exception.class)
    public void verify(String presented) {
        Instant now = DatabaseTime.now();
        byte[] hash = MailedToken.hashOf(presented).orElseThrow(EmailVerifications::invalidToken);
        StoredMailedToken token = tokens.findForUpdate(hash, MailedToken.Purpose.EMAIL_VERIFICATION)
                .filter(found -> found.isUsableAt(now))
                .orElseThrow(EmailVerifications::invalidToken);
        Credential account = credentials.findByIdForUpdate(token.userId())
                .filter(found -> !found.standing().isFinal())
                .filter(found -> EmailAddress.canonical(found.email()).equals(EmailAddress.canonical(token.email())))
                .orElseThrow(EmailVerifications::invalidToken);
        tokens.spendAll(account.id(), MailedToken.Purpose.EMAIL_VERIFICATION, now);
        if (account.markEmailVerified(now)) {
            outbox.publish(new EmailVerified(account.id(), account.email(), now));
        }
    }

    static Rejection invalidToken() {
        return Rejection.invalidInput("token", "is unknown, used already or expired");
    }

}
