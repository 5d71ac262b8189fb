package nova.user.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import nova.contracts.user.ProfileCreated;
import nova.platform.events.Outbox;
import nova.user.profile.Profile;
import nova.user.profile.ProfileService;
import nova.user.profile.User;
import nova.user.role.RoleService;
import nova.user.settings.Settings;

/**
 * Opens here the account identity registered: its {@link User}, {@link Profile} (display name = the username),
 * {@link Settings} (every default) and the role {@code user}, all stamped with the registration time, and publishes
 * {@code user.profile.created}, in the caller's transaction (the inbox's).
 * <p>
 * Safe to apply twice: an account already here is left as it is (with whatever its owner has changed since) and
 * nothing is published again. A <em>different</em> id with a username already taken here breaks
 * {@code users_username_lower}: identity and this context would disagree, so it fails, is retried and ends as a
 * dead letter for an operator.
 */
@ApplicationScoped
public class AccountOpening {

    @PersistenceContext(unitName = "user")
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    RoleService roles;

    /** The profile made, or empty when the account was here already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ProfileCreated> open(NewAccount account) {
        if (entityManager.find(User.class, account.userId()) != null) {
            return Optional.empty();
        }
        User user = new User(account.userId(), account.username(), account.createdAt());
        Profile profile = new Profile(user, account.displayName(), account.createdAt());
        Settings settings = new Settings(account.userId(), account.createdAt());
        entityManager.persist(user);
        entityManager.persist(profile);
        entityManager.persist(settings);
        roles.grantAtRegistration(account.userId(), account.createdAt());
        // a taken username fails here, inside the consumer's handling, rather than at the commit after it
        entityManager.flush();
        ProfileCreated created = profile.created(settings.discoverable(), settings.emails());
        outbox.publish(created);
        return Optional.of(created);
    }
}
