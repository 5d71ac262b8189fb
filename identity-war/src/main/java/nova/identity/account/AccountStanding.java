package nova.identity.account;

import java.time.Instant;
import java.util.Optional;

/**
 * Where an account stands, as identity projects it from the user context's {@code user.banned},
 * {@code user.unbanned} and {@code user.deleted}: its status, a ban's end ({@code bannedUntil}, null for
 * no end) and when the event that set it happened ({@code changedAt}, null while nothing has).
 * <p>
 * One user's events arrive in order (they share a partition), but a dead letter replayed later may not:
 * an event older than {@code changedAt} changes nothing. Deletion is final: nothing after it changes the
 * standing, and it applies whatever its time.
 */
public record AccountStanding(AccountStatus status, Instant bannedUntil, Instant changedAt) {

    /** A new account's standing. */
    public static final AccountStanding ACTIVE = new AccountStanding(AccountStatus.ACTIVE, null, null);

    public AccountStanding {
        if (status != AccountStatus.BANNED) {
            bannedUntil = null;
        }
    }

    /**
     * Whether the holder may log in and refresh at {@code now}: when active, or banned until an instant
     * that has come (a ban lapses by itself; identity does not wait for the {@code user.unbanned} that follows).
     */
    public boolean allowsLoginAt(Instant now) {
        return switch (status) {
            case ACTIVE -> true;
            case BANNED -> bannedUntil != null && !now.isBefore(bannedUntil);
            case DELETED -> false;
        };
    }

    /**
     * After a ban made at {@code bannedAt}, lasting until {@code until} (null: no end).
     *
     * @return empty if it changes nothing: the account is deleted, or a later event set the standing
     */
    public Optional<AccountStanding> banned(Instant until, Instant bannedAt) {
        if (isFinal() || isLaterThan(bannedAt)) {
            return Optional.empty();
        }
        return Optional.of(new AccountStanding(AccountStatus.BANNED, until, bannedAt));
    }

    /**
     * After a ban was lifted (or lapsed) at {@code unbannedAt}.
     *
     * @return empty if it changes nothing: the account is deleted, or a later event set the standing
     */
    public Optional<AccountStanding> unbanned(Instant unbannedAt) {
        if (isFinal() || isLaterThan(unbannedAt)) {
            return Optional.empty();
        }
        return Optional.of(new AccountStanding(AccountStatus.ACTIVE, null, unbannedAt));
    }

    /**
     * After the account was deleted at {@code deletedAt}, whatever came before.
     *
     * @return empty if it was deleted already
     */
    public Optional<AccountStanding> deleted(Instant deletedAt) {
        if (isFinal()) {
            return Optional.empty();
        }
        return Optional.of(new AccountStanding(AccountStatus.DELETED, null, deletedAt));
    }

    /** Deleted: nothing changes it any more. */
    public boolean isFinal() {
        return status == AccountStatus.DELETED;
    }

    private boolean isLaterThan(Instant eventTime) {
        return changedAt != null && changedAt.isAfter(eventTime);
    }
}
