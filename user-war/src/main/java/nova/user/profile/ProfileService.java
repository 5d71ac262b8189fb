package nova.user.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nova.contracts.user.ProfileUpdated;
import nova.contracts.user.UserProfile;
import nova.platform.events.Outbox;

/** Reads profiles and applies their owners' changes; every change that changes something is published. */
@ApplicationScoped
public class ProfileService {

    /** The aggregate a profile event is about: the user (its id is the event's subject and record key). */
    static final String AGGREGATE = "user";

    @PersistenceContext(unitName = "user")
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    public Optional<UserProfile> find(UUID userId) {
        return load(List.of(userId)).stream().findFirst().map(ProfileService::view);
    }

    /** The profiles of the users that exist among {@code userIds}, in the order given. */
    public List<UserProfile> find(List<UUID> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, Profile> found = load(userIds).stream()
                .collect(Collectors.toMap(Profile::userId, Function.identity()));
        return userIds.stream().map(found::get).filter(Objects::nonNull).map(ProfileService::view).toList();
    }

    /**
     * Changes the profile of {@code userId}; empty if it does not exist (yet). The row is locked
     * for the transaction, so concurrent changes of one profile apply one after the other and
     * their events reach the outbox in the order they were applied.
     */
    @Transactional
    public Optional<UserProfile> update(UUID userId, ProfileChange change) {
        Profile profile = entityManager.find(Profile.class, userId,
                change.isEmpty() ? LockModeType.NONE : LockModeType.PESSIMISTIC_WRITE);
        if (profile == null) {
            return Optional.empty();
        }
        // microseconds: what PostgreSQL keeps, so the answer, the event and the row agree
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        profile.change(change, now).ifPresent(updated ->
                outbox.publish(AGGREGATE, userId.toString(), ProfileUpdated.TYPE, updated.toJson()));
        return Optional.of(view(profile));
    }

    private List<Profile> load(Collection<UUID> userIds) {
        return entityManager.createQuery(
                        "SELECT p FROM Profile p JOIN FETCH p.user WHERE p.userId IN :ids", Profile.class)
                .setParameter("ids", userIds)
                .getResultList();
    }

    static UserProfile view(Profile profile) {
        return new UserProfile(profile.userId(), profile.user().username(), profile.displayName(), profile.bio(),
                profile.locale(), profile.createdAt(), profile.updatedAt());
    }
}
