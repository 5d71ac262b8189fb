package nova.identity.standing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;
import nova.contracts.user.RolesChanged;
import nova.contracts.user.UserBanned;
import nova.contracts.user.UserDeleted;
import nova.contracts.user.UserUnbanned;
import nova.identity.account.AccountStanding;
import nova.identity.account.Credential;
import nova.identity.account.CredentialRepository;
import nova.identity.session.SessionRevocation;
import nova.platform.events.CloudEvent;
import nova.platform.events.ReceivedEvent;
import nova.platform.events.Subscriber;
import nova.platform.persistence.DatabaseTime;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps identity's projection of what the user context decides about an account (consumer group
 * {@code nova.identity.standing} on {@code nova.user}): bans, their end, deletion, and the permissions of
 * the account's roles. Other user events are passed over without a transaction.
 * <p>
 * A ban that holds now, and a deletion, revoke every open session of the account in the same transaction
 * (one {@code identity.session.revoked} each, reason {@code banned} or {@code deleted}): identity refuses
 * their tokens at commit, every other context within seconds. Logins with the right password are then
 * answered 403, refreshes 401. A ban with an end lapses by itself at that instant; {@code user.unbanned}
 * ends it too. Deletion is final. A role change reaches the tokens at the next login or refresh.
 * <p>
 * The inbox makes a redelivery a no-op; an event older than what the projection already holds (a dead
 * letter replayed late) changes nothing ({@link AccountStanding}). Events about an account identity does not
 * have (there is none: the user context creates its users from identity's registrations) change nothing.
 */
@ApplicationScoped
public class StandingIntake extends Subscriber {

    static final Set<String> TYPES = Set.of(UserBanned.TYPE, UserUnbanned.TYPE, UserDeleted.TYPE, RolesChanged.TYPE);
    private static final Logger LOG = Logger.getLogger(StandingIntake.class.getName());

    @Inject
    CredentialRepository credentials;

    @Inject
    SessionRevocation revocation;

    public StandingIntake() {
        super("standing", "nova.user", TYPES);
    }

    @Incoming("standing")
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return receive(message);
    }

    @Override
    public void handle(ReceivedEvent received, Connection transaction) {
        CloudEvent event = received.event();
        Instant now = DatabaseTime.now();
        switch (event.type()) {
            case RolesChanged.TYPE -> {
                RolesChanged changed = received.data(RolesChanged.class);
                boolean replaced = credentials.findByIdForUpdate(changed.userId())
                        .map(account -> account.replacePermissions(permissionsOf(changed), changed.changedAt(), now))
                        .orElse(false);
                if (!replaced) {
                    LOG.log(Level.FINE, "Permissions of {0} as of {1} left as they are: unknown account or a later change",
                            new Object[] {changed.userId(), changed.changedAt()});
                }
            }
            case UserBanned.TYPE -> {
                UserBanned banned = received.data(UserBanned.class);
                apply(banned.userId(), standing -> standing.banned(banned.until(), banned.bannedAt()),
                        SessionRevocation.BANNED, now);
            }
            case UserUnbanned.TYPE -> {
                UserUnbanned unbanned = received.data(UserUnbanned.class);
                apply(unbanned.userId(), standing -> standing.unbanned(unbanned.unbannedAt()), null, now);
            }
            case UserDeleted.TYPE -> {
                UserDeleted deleted = received.data(UserDeleted.class);
                apply(deleted.userId(), standing -> standing.deleted(deleted.deletedAt()), SessionRevocation.DELETED, now);
            }
            default -> {
                // not wanted: passed over before a transaction began
            }
        }
    }

    /**
     * Moves the account to its next standing, under its row lock (a login opening a session waits, and then
     * sees it), and revokes its sessions if the account may not log in any more.
     */
    private void apply(UUID userId, Transition transition, String revocationReason, Instant now) {
        Optional<Credential> account = credentials.findByIdForUpdate(userId);
        if (account.isEmpty()) {
            LOG.log(Level.WARNING, "An event about user {0}, whom identity does not know, changes nothing", userId);
            return;
        }
        Optional<AccountStanding> next = transition.after(account.get().standing());
        if (next.isEmpty()) {
            LOG.log(Level.FINE, "Standing of {0} left as it is: deleted, or changed by a later event", userId);
            return;
        }
        account.get().moveTo(next.get(), now);
        if (revocationReason != null && !next.get().allowsLoginAt(now)) {
            int revoked = revocation.revokeAllOf(userId, null, revocationReason, now);
            LOG.log(Level.INFO, "Account {0} is {1}: revoked {2} open session(s)",
                    new Object[] {userId, next.get().status().column(), revoked});
        }
    }

    /** The permissions as the groups claim will carry them: trimmed, without blanks, sorted, each once. */
    static List<String> permissionsOf(RolesChanged changed) {
        TreeSet<String> permissions = new TreeSet<>();
        for (String permission : changed.permissions()) {
            if (permission != null && !permission.isBlank()) {
                permissions.add(permission.strip());
            }
        }
        return List.copyOf(permissions);
    }

    @FunctionalInterface
    private interface Transition {
        Optional<AccountStanding> after(AccountStanding current);
    }
}
