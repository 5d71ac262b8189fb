package nova.contracts.identity;

import nova.contracts.event.UserSubject;

/** Every event about an account (subject and record key: the user id), the only ones this context publishes about it. */
public sealed interface AccountEvent extends UserSubject
        permits EmailVerificationRequested, EmailVerified, PasswordChanged, PasswordResetRequested, SessionRevoked, UserLoggedIn, UserRegistered {

    @Override
    default String aggregateType() {
        return "account";
    }
}
