package nova.identity.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nova.contracts.identity.Account;
import nova.contracts.identity.Registration;
import nova.contracts.identity.UserRegistered;
import nova.platform.persistence.DatabaseTime;
import nova.platform.problem.Rejection;
import nova.platform.events.Outbox;
import nova.platform.problem.Problem;
import nova.platform.problem.Problem.FieldError;

/**
 * Registration: the account row, its {@code identity.user.registered} event and the first
 * {@code identity.email.verification_requested} (the token that proves the address) commit together, or
 * none does.
 */
@ApplicationScoped
public class AccountService {


    @Inject
    CredentialRepository credentials;

    @Inject
    Outbox outbox;

    @Inject
    MailedTokens mailedTokens;

    /**
     * Creates the account for a registration that passed {@link RegistrationRules}. The password is
     * hashed by the caller before the transaction begins: argon2id takes tens of milliseconds and may
     * wait for a free core, and no database connection should be held meanwhile.
     *
     * @param passwordHash the PHC string of the registration's password ({@link PasswordHasher#hash})
     * @throws Rejection 409 {@code already-taken} naming the email and/or username another account has
     */
    @Transactional(rollbackOn = Exception.class)
    public Account register(Registration registration, String passwordHash) {
        Registration r = RegistrationRules.normalized(registration);
        Set<String> taken = credentials.taken(r.email(), r.username());
        if (!taken.isEmpty()) {
            throw alreadyTaken(taken);
        }
        Instant now = DatabaseTime.now();
        Credential credential = Credential.register(UUID.randomUUID(), r.email(), r.username(), passwordHash, now);
        if (!credentials.add(credential)) {
            // someone registered the same email or username between our check and our insert
            throw alreadyTaken(credentials.takenMeanwhile(r.email(), r.username()));
        }
        outbox.publish(new UserRegistered(credential.id(), credential.username(), credential.email(), now));
        mailedTokens.sendEmailVerification(credential, now);
        return credential.toAccount();
    }

    static Rejection alreadyTaken(Set<String> fields) {
        return new Rejection(Problem.of(409, "already-taken", "Already taken",
                        "Another account already uses this " + String.join(" and ", fields) + ".")
                .withErrors(fields.stream().map(field -> new FieldError(field, "is already taken")).toList()));
    }
}
