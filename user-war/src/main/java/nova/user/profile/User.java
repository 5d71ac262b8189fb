package nova.user.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nova.contracts.user.UserBanned;
import nova.contracts.user.UserDeleted;
import nova.contracts.user.UserDeletionCancelled;
import nova.contracts.user.UserDeletionScheduled;
import nova.contracts.user.UserStatus;
import nova.contracts.user.UserUnbanned;
import nova.contracts.user.UserVerified;
import nova.platform.problem.Rejection;
import nova.user.infra.Refusals;

/**
 * An account as this context knows it: identity's user id and username, and where the account stands. Created
 * from {@code identity.user.registered} by {@link nova.user.account.RegistrationIntake}.
 * <p>
 * A ban and a scheduled deletion are independent facts (a banned account's pending deletion still takes
 * effect; lifting the ban shows the deletion again), and {@code status} names the one that matters most:
 * {@code deleted}, else {@code banned}, else {@code deletion_scheduled}, else {@code active}. Deleted is final.
 * Every method that changes the account returns the event that says so.
 */
@Entity
@Table(name = "users")
public class User {

    /**
     * Who {@code user.banned} and {@code user.unbanned} name when the operator account (HTTP Basic, no user id)
     * acted: the nil UUID, because {@link UserBanned#bannedBy()} is required. {@code users.banned_by} stays null.
     */
    public static final UUID OPERATOR = new UUID(0L, 0L);

    @Id
    private UUID id;

    @Column(nullable = false)
    private String username;

    @Column(nullable = false)
    private String status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "ban_reason")
    private String banReason;

    @Column(name = "banned_until")
    private Instant bannedUntil;

    @Column(name = "banned_by")
    private UUID bannedBy;

    @Column(name = "banned_at")
    private Instant bannedAt;

    @Column(name = "deletion_requested_at")
    private Instant deletionRequestedAt;

    @Column(name = "deletion_effective_at")
    private Instant deletionEffectiveAt;

    protected User() {
        // for JPA
    }

    /** An account as registration leaves it: active, created and last changed at {@code createdAt}. */
    public User(UUID id, String username, Instant createdAt) {
        this.id = id;
        this.username = username;
        this.status = UserStatus.ACTIVE;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /**
     * Records that the owner proved their email address (identity's {@code identity.email.verified}). Only the
     * first proof counts; a deleted account is not verified any more.
     */
    public Optional<UserVerified> verify(Instant at, Instant now) {
        if (verifiedAt != null || isDeleted()) {
            return Optional.empty();
        }
        verifiedAt = at;
        updatedAt = now;
        return Optional.of(new UserVerified(id, username, at));
    }

    /**
     * Bans the account, or replaces the terms of its current ban (a new reason, a new end). {@code by} is the
     * member who bans, null for the operator account; nobody bans themselves.
     *
     * @throws Rejection 400 for one's own account, 409 for a deleted one
     */
    public UserBanned ban(BanTerms terms, UUID by, Instant now) {
        if (id.equals(by)) {
            throw Rejection.invalidInput("id", "you cannot ban yourself");
        }
        if (isDeleted()) {
            throw Refusals.conflict("The account " + id + " is deleted: there is nobody left to ban.");
        }
        banReason = terms.reason();
        bannedUntil = terms.until();
        bannedBy = by;
        bannedAt = now;
        settle(now);
        return new UserBanned(id, username, banReason, bannedUntil, by == null ? OPERATOR : by, now);
    }

    /**
     * Lifts the ban. {@code by} is the member who lifts it, null for the operator account.
     *
     * @throws Rejection 409 when the account is not banned
     */
    public UserUnbanned unban(UUID by, Instant now) {
        if (!isBanned()) {
            throw Refusals.conflict("The account " + id + " is not banned.");
        }
        endBan(now);
        return new UserUnbanned(id, by == null ? OPERATOR : by, now);
    }

    /** Ends a ban whose end has come; nothing when there is none, or it still holds at {@code now}. */
    public Optional<UserUnbanned> lapse(Instant now) {
        if (!isBanned() || bannedUntil == null || now.isBefore(bannedUntil)) {
            return Optional.empty();
        }
        endBan(now);
        return Optional.of(new UserUnbanned(id, null, now));
    }

    /**
     * The owner asks to delete the account: it goes at {@code now + grace}, until then they can cancel. Asking
     * again while a deletion is pending changes nothing (the first date stands). Allowed while banned: the ban
     * does not keep anyone's data against their will.
     */
    public Optional<UserDeletionScheduled> scheduleDeletion(Instant now, Duration grace) {
        if (isDeleted() || deletionEffectiveAt != null) {
            return Optional.empty();
        }
        deletionRequestedAt = now;
        deletionEffectiveAt = now.plus(grace);
        settle(now);
        return Optional.of(new UserDeletionScheduled(id, deletionRequestedAt, deletionEffectiveAt));
    }

    /**
     * Withdraws a pending deletion.
     *
     * @throws Rejection 409 when none is pending
     */
    public UserDeletionCancelled cancelDeletion(Instant now) {
        if (isDeleted() || deletionEffectiveAt == null) {
            throw Refusals.conflict("No deletion of your account is scheduled.");
        }
        deletionRequestedAt = null;
        deletionEffectiveAt = null;
        settle(now);
        return new UserDeletionCancelled(id, now);
    }

    /**
     * The deletion takes effect once its date has come: the account is deleted for good and any ban ends with
     * it. Nothing when no deletion is due at {@code now}.
     */
    public Optional<UserDeleted> delete(Instant now) {
        if (isDeleted() || deletionEffectiveAt == null || now.isBefore(deletionEffectiveAt)) {
            return Optional.empty();
        }
        banReason = null;
        bannedUntil = null;
        bannedBy = null;
        bannedAt = null;
        status = UserStatus.DELETED;
        updatedAt = now;
        return Optional.of(new UserDeleted(id, username, now));
    }

    private void endBan(Instant now) {
        banReason = null;
        bannedUntil = null;
        bannedBy = null;
        bannedAt = null;
        settle(now);
    }

    /** The status the facts add up to (the column's check constraints hold the same rule). */
    private void settle(Instant now) {
        if (!isDeleted()) {
            status = bannedAt != null ? UserStatus.BANNED
                    : deletionEffectiveAt != null ? UserStatus.DELETION_SCHEDULED : UserStatus.ACTIVE;
        }
        updatedAt = now;
    }

    /** Where the account stands; ban details only while banned, the deletion date only while one is pending. */
    public UserStatus standing() {
        return new UserStatus(id, status, banReason, bannedUntil, isDeleted() ? null : deletionEffectiveAt);
    }

    public boolean isDeleted() {
        return UserStatus.DELETED.equals(status);
    }

    public boolean isBanned() {
        return UserStatus.BANNED.equals(status);
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String status() {
        return status;
    }

    public boolean verified() {
        return verifiedAt != null;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    /** The member who banned, or null for the operator account (and when not banned). */
    public UUID bannedBy() {
        return bannedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
