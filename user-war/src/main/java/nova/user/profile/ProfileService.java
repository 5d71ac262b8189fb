package nova.user.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
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
import nova.platform.persistence.DatabaseTime;
import nova.user.infra.Refusals;

/**
 * Reads profiles and applies their owners' changes; every change that changes something is published. A deleted
 * account has no profile any more, for anyone: it reads as unknown.
 */
@ApplicationScoped
public class ProfileService {

    /** The aggregate a user event is about: the user (its id is the event's subject and record key). */
    public static final String AGGREGATE = "user";

    /** The longest username worth looking up (identity's names are far shorter). */
    static final int USERNAME_LOOKUP_MAX = 100;

    @PersistenceContext(unitName = "user")
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    public Optional<UserProfile> find(UUID userId) {
        return load(List.of(userId)).stream().findFirst().map(Profile::view);
    }

    /** The profiles of the users that exist among {@code userIds}, in the order given. */
    public List<UserProfile> find(List<UUID> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        Map<UUID, Profile> found = load(userIds).stream()
                .collect(Collectors.toMap(Profile::userId, Function.identity()));
        return userIds.stream().map(found::get).filter(Objects::nonNull).map(Profile::view).toList();
    }

    /** The profile of the account named {@code username}, in any case. */
    public Optional<UserProfile> findByUsername(String username) {
        if (username == null || username.isBlank() || username.length() > USERNAME_LOOKUP_MAX) {
            return Optional.empty();
        }
        return entityManager.createQuery("""
                        SELECT p FROM Profile p JOIN FETCH p.user u
                        WHERE lower(u.username) = lower(:username) AND u.status <> 'deleted'""", Profile.class)
                .setParameter("username", username.strip())
                // a list, not a stream: an unclosed stream keeps its cursor (and connection) until the request ends
                .getResultList().stream().findFirst().map(Profile::view);
    }

    /** The profiles of the accounts named in {@code usernames} (lower case), in the order given, unknown ones left out. */
    public List<UserProfile> findByUsernames(List<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        Map<String, Profile> found = entityManager.createQuery("""
                        SELECT p FROM Profile p JOIN FETCH p.user u
                        WHERE lower(u.username) IN :names AND u.status <> 'deleted'""", Profile.class)
                .setParameter("names", usernames)
                .getResultList().stream()
                .collect(Collectors.toMap(p -> p.user().username().toLowerCase(java.util.Locale.ROOT),
                        Function.identity(), (a, b) -> a));
        return usernames.stream().map(found::get).filter(Objects::nonNull).map(Profile::view).toList();
    }

    /**
     * Changes the profile of {@code userId}; empty if it does not exist (yet) or its account is deleted. The row
     * is locked for the transaction, so concurrent changes of one profile apply one after the other and their
     * events reach the outbox in the order they were applied.
     *
     * @throws nova.platform.problem.Rejection 409 while the account is banned
     */
    @Transactional
    public Optional<UserProfile> update(UUID userId, ProfileChange change) {
        Profile profile = entityManager.find(Profile.class, userId,
                change.isEmpty() ? LockModeType.NONE : LockModeType.PESSIMISTIC_WRITE);
        if (profile == null || profile.user().isDeleted()) {
            return Optional.empty();
        }
        if (profile.user().isBanned() && !change.isEmpty()) {
            throw Refusals.conflict("Your account is banned: its profile cannot change while the ban holds.");
        }
        // microseconds: what PostgreSQL keeps, so the answer, the event and the row agree
        Instant now = DatabaseTime.now();
        profile.change(change, now).ifPresent(updated ->
            outbox.publish(updated));
        return Optional.of(profile.view());
    }

    /**
     * Leaves nothing of the person in the profile of a deleted account (in the caller's transaction). Not
     * published as a profile change: {@code user.deleted} tells every consumer to forget the profile.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(UUID userId, Instant now) {
        Profile profile = entityManager.find(Profile.class, userId, LockModeType.PESSIMISTIC_WRITE);
        if (profile != null) {
            profile.erase(now);
        }
    }

    private List<Profile> load(Collection<UUID> userIds) {
        return entityManager.createQuery("""
                        SELECT p FROM Profile p JOIN FETCH p.user u
                        WHERE p.userId IN :ids AND u.status <> 'deleted'""", Profile.class)
                .setParameter("ids", userIds)
                .getResultList();
    }
}
