package nova.identity.password;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import nova.identity.account.Credential;
import nova.identity.account.CredentialRepository;
import nova.identity.account.MailedTokens;
import nova.platform.persistence.DatabaseTime;

/**
 * The work behind a reset request, away from the request that asked ({@link PasswordResets#request}): finds
 * the account with the address, and if it may log in, mails it a reset token ({@link MailedTokens}: at most 5
 * an hour). An unknown address, or an account that is banned or deleted, gets nothing.
 */
@ApplicationScoped
public class ResetMail {

    @Inject
    CredentialRepository credentials;

    @Inject
    MailedTokens mailedTokens;

    /** @return whether a token was sent */
    @Transactional(rollbackOn = Exception.class)
    public boolean send(String email) {
        Instant now = DatabaseTime.now();
        // locked, so that concurrent requests for one account count each other against the limit
        Optional<Credential> account = credentials.findByLoginForUpdate(email).filter(locked -> locked.mayLogInAt(now));
        return account.isPresent() && mailedTokens.sendPasswordReset(account.get(), now);
    }
}
