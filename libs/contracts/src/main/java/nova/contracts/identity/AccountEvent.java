package nova.contracts.identity;

import nova.contracts.event.DomainEvent;

/** Every event about an account (subject and record key: the user id), the only ones this context publishes about it. */
public sealed interface AccountEvent extends DomainEvent
        permits EmailVerificationRequested, EmailVerified, PasswordChanged, PasswordResetRequested, SessionRevoked, UserLoggedIn, UserRegistered {

    @Override
    default String aggregateType() {
        return "account";
    }
}
