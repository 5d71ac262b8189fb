package nova.contracts.user;

import nova.contracts.event.UserSubject;

/** Every event about a user (subject and record key: the user id), the only ones this context publishes about it. */
public sealed interface UserEvent extends UserSubject
        permits ProfileCreated, ProfileUpdated, RolesChanged, SettingsUpdated, UserBanned, UserDeleted, UserDeletionCancelled, UserDeletionScheduled, UserUnbanned, UserVerified {

    @Override
    default String aggregateType() {
        return "user";
    }
}
