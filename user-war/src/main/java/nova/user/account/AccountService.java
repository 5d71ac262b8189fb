package nova.user.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nova.contracts.user.UserBanned;
import nova.contracts.user.UserDeleted;
import nova.contracts.user.UserDeletionCancelled;
import nova.contracts.user.UserDeletionScheduled;
import nova.contracts.user.UserStatus;
import nova.contracts.user.UserUnbanned;
import nova.contracts.user.UserVerified;
import nova.platform.events.Outbox;
import nova.platform.persistence.DatabaseTime;
import nova.platform.problem.Rejection;
import nova.user.infra.Refusals;
import nova.user.profile.BanTerms;
import nova.user.profile.ProfileService;
import nova.user.profile.User;
import nova.user.role.RoleService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where an account stands, and every change of it: verified, banned and unbanned, deletion scheduled, cancelled
 * and taking effect. Each change locks the account's row, applies one {@link User} method and hands the event it
 * returns to the outbox in the same transaction.
 */
@ApplicationScoped
public class AccountService {

    /** Due bans or deletions looked at per round of {@link AccountDeadlines}; the rest wait for the next one. */
    static final int DUE_PER_ROUND = 100;

    static final String LAPSING_BANS = """
            SELECT u.id FROM User u WHERE u.status = 'banned' AND u.bannedUntil <= :now ORDER BY u.bannedUntil""";
    static final String DUE_DELETIONS = """
            SELECT u.id FROM User u WHERE u.status <> 'deleted' AND u.deletionEffectiveAt <= :now
            ORDER BY u.deletionEffectiveAt""";

    @PersistenceContext(unitName = "user")
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    ProfileService profiles;

    @Inject
    RoleService roles;

    /** A ban's end or a deletion's date set here: {@link AccountDeadlines} meets it on time once it commits. */
    @Inject
    Event<AccountDeadlines.Due> deadlines;

    /** How long a user can still cancel the deletion they asked for. */
    @Inject
    @ConfigProperty(name = "nova.user.deletion.grace-period", defaultValue = "P30D")
    Duration gracePeriod;

    /** Where the account {@code userId} stands; empty if it is not here (yet). In a transaction like every {@code find}. */
    @Transactional
    public Optional<UserStatus> status(UUID userId) {
        return Optional.ofNullable(entityManager.find(User.class, userId)).map(User::standing);
    }

    /**
     * The owner asks to delete their account: it is deleted after the grace period, unless they cancel. Asking
     * again while it is pending changes nothing. Empty if the account is not here, or is deleted already.
     */
    @Transactional
    public Optional<UserStatus> scheduleDeletion(UUID userId) {
        return locked(userId).filter(user -> !user.isDeleted()).map(user -> {
            user.scheduleDeletion(DatabaseTime.now(), gracePeriod).ifPresent(scheduled -> {
                outbox.publish(scheduled);
                deadlines.fire(new AccountDeadlines.Due(scheduled.effectiveAt()));
            });
            return user.standing();
        });
    }

    /**
     * The owner withdraws their pending deletion. Empty if the account is not here, or is deleted already.
     *
     * @throws Rejection 409 when no deletion is pending
     */
    @Transactional
    public Optional<UserStatus> cancelDeletion(UUID userId) {
        return locked(userId).filter(user -> !user.isDeleted()).map(user -> {
            UserDeletionCancelled cancelled = user.cancelDeletion(DatabaseTime.now());
            outbox.publish(cancelled);
            return user.standing();
        });
    }

    /**
     * Bans {@code userId} on {@code terms}, or replaces the terms of their ban. {@code by} is the member who
     * bans, null for the operator account.
     *
     * @throws Rejection 404 for an unknown account, 400 for one's own, 409 for a deleted one
     */
    @Transactional
    public UserStatus ban(UUID userId, BanTerms terms, UUID by) {
        User user = locked(userId).orElseThrow(() -> unknown(userId));
        UserBanned banned = user.ban(terms, by, DatabaseTime.now());
        outbox.publish(banned);
        if (terms.until() != null) {
            deadlines.fire(new AccountDeadlines.Due(terms.until()));
        }
        return user.standing();
    }

    /**
     * Lifts the ban of {@code userId}. {@code by} is the member who lifts it, null for the operator account.
     *
     * @throws Rejection 404 for an unknown account, 409 when it is not banned
     */
    @Transactional
    public UserStatus unban(UUID userId, UUID by) {
        User user = locked(userId).orElseThrow(() -> unknown(userId));
        UserUnbanned unbanned = user.unban(by, DatabaseTime.now());
        outbox.publish(unbanned);
        return user.standing();
    }

    /**
     * Records identity's proof of the owner's email address, in the inbox's transaction. Only the first proof
     * is published. An account not here is an error: identity's registration reaches this context first (one
     * consumer, one partition per user), so the event is retried and then dead-lettered for an operator.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UserVerified> verify(UUID userId, Instant verifiedAt) {
        User user = locked(userId).orElseThrow(() -> new IllegalStateException(
                "email of an account this context does not know verified: " + userId));
        Optional<UserVerified> verified = user.verify(DatabaseTime.of(verifiedAt), DatabaseTime.now());
        verified.ifPresent(event -> outbox.publish(event));
        return verified;
    }

    /** Accounts whose ban has run out by {@code now}, oldest end first (unlocked: each is re-checked alone). */
    @Transactional
    public List<UUID> lapsingBans(Instant now) {
        return ids(LAPSING_BANS, now);
    }

    /** Accounts whose deletion has come by {@code now}, oldest first (unlocked: each is re-checked alone). */
    @Transactional
    public List<UUID> dueDeletions(Instant now) {
        return ids(DUE_DELETIONS, now);
    }

    /**
     * Ends the ban of {@code userId} if it has run out, publishing {@code user.unbanned} without a lifter. The
     * row is taken with {@code SKIP LOCKED} and the condition checked again under the lock, so when several
     * replicas run the job, exactly one ends each ban.
     */
    @Transactional
    public Optional<UserUnbanned> lapseBan(UUID userId, Instant now) {
        return claim("""
                SELECT id FROM users WHERE id = ?1 AND status = 'banned' AND banned_until <= ?2
                FOR UPDATE SKIP LOCKED""", userId, now).flatMap(user -> {
            Optional<UserUnbanned> lapsed = user.lapse(now);
            lapsed.ifPresent(unbanned -> outbox.publish(unbanned));
            return lapsed;
        });
    }

    /**
     * Deletes {@code userId} for good if their deletion has come: the profile keeps nothing of the person, the
     * roles go ({@code user.roles.changed}), and {@code user.deleted} tells every context to forget them. Taken
     * like {@link #lapseBan}, so exactly one replica deletes each account.
     */
    @Transactional
    public Optional<UserDeleted> deleteIfDue(UUID userId, Instant now) {
        Optional<User> due = claim("""
                SELECT id FROM users WHERE id = ?1 AND status <> 'deleted' AND deletion_effective_at <= ?2
                FOR UPDATE SKIP LOCKED""", userId, now);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        User user = due.get();
        Optional<UserDeleted> deleted = user.delete(now);
        if (deleted.isPresent()) {
            profiles.erase(userId, now);
            roles.revokeAll(userId, now);
            outbox.publish(deleted.get());
        }
        return deleted;
    }

    private Optional<User> locked(UUID userId) {
        return Optional.ofNullable(entityManager.find(User.class, userId, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * The account, if the locking query finds it still due and nobody else holds it. Native SQL, a read: JPA has
     * no {@code SKIP LOCKED} (a pessimistic lock there waits for the replica that holds the row, or fails).
     */
    private Optional<User> claim(String sql, UUID userId, Instant now) {
        List<?> found = entityManager.createNativeQuery(sql)
                .setParameter(1, userId)
                .setParameter(2, now)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        // locked by this transaction now, and read after the lock was taken (the persistence context is new)
        return Optional.of(entityManager.find(User.class, userId));
    }

    private List<UUID> ids(String jpql, Instant now) {
        return entityManager.createQuery(jpql, UUID.class)
                .setParameter("now", now)
                .setMaxResults(DUE_PER_ROUND)
                .getResultList();
    }

    private static Rejection unknown(UUID userId) {
        return Refusals.notFound("There is no user " + userId + ".");
    }
}
