package nova.user.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nova.contracts.user.SettingsUpdated;
import nova.contracts.user.UserSettings;
import nova.platform.events.Outbox;
import nova.platform.persistence.DatabaseTime;
import nova.user.infra.Refusals;
import nova.user.profile.ProfileService;
import nova.user.profile.User;

/** Reads a user's own settings and applies their changes; every change that changes something is published. */
@ApplicationScoped
public class SettingsService {

    @PersistenceContext(unitName = "user")
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    /**
     * The settings of {@code userId}; empty if the account is not here (yet) or is deleted. In a transaction
     * like every {@code find}: outside one, Liberty closes the persistence context only when the request ends,
     * after the connection's local transaction, and logs an error for it.
     */
    @Transactional
    public Optional<UserSettings> find(UUID userId) {
        User user = entityManager.find(User.class, userId);
        if (user == null || user.isDeleted()) {
            return Optional.empty();
        }
        return Optional.ofNullable(entityManager.find(Settings.class, userId)).map(Settings::view);
    }

    /**
     * Changes the settings of {@code userId}; empty if the account is not here (yet) or is deleted. The row is
     * locked for the transaction, so one user's changes are applied, and published, one after the other.
     *
     * @throws nova.platform.problem.Rejection 409 while the account is banned
     */
    @Transactional
    public Optional<UserSettings> update(UUID userId, SettingsChange change) {
        Settings settings = entityManager.find(Settings.class, userId,
                change.isEmpty() ? LockModeType.NONE : LockModeType.PESSIMISTIC_WRITE);
        User user = entityManager.find(User.class, userId);
        if (settings == null || user == null || user.isDeleted()) {
            return Optional.empty();
        }
        if (user.isBanned() && !change.isEmpty()) {
            throw Refusals.conflict("Your account is banned: its settings cannot change while the ban holds.");
        }
        // microseconds: what PostgreSQL keeps, so the answer, the event and the row agree
        Instant now = DatabaseTime.now();
        settings.change(change, now).ifPresent(updated ->
            outbox.publish(updated));
        return Optional.of(settings.view());
    }
}
