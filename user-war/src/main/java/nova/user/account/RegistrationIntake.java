package nova.user.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import nova.contracts.identity.EmailVerified;
import nova.contracts.identity.UserRegistered;
import nova.platform.events.CloudEvent;
import nova.platform.events.ReceivedEvent;
import nova.platform.events.Subscriber;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Gives every account registered with identity its user, profile, default settings and the role {@code user}
 * here, and records when its owner proved their email address (consumer group {@code nova.user.accounts} on
 * {@code nova.identity}). One consumer for both, so an account's proof is never applied before its
 * registration: identity keys both by the user id, and one partition is read in order. Other identity events
 * are not this consumer's business and pass without effect.
 * <p>
 * Writes on the inbox's own transaction, so that the rows and the inbox entry commit together: a registration
 * with plain SQL, a proof through {@link AccountService#verify} (JPA joins that transaction; only the first proof
 * of an account is published). Registration is idempotent by itself as well: a second registration of an existing user id
 * changes nothing (and keeps whatever the user has since changed). A <em>different</em> id with
 * a username already taken here breaks {@code users_username_lower}: that would mean identity and
 * this context disagree, so it fails, is retried and ends as a dead letter for an operator.
 */
@ApplicationScoped
public class RegistrationIntake extends Subscriber {

    static final String INSERT_USER = """
            INSERT INTO users (id, username, created_at, updated_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (id) DO NOTHING""";
    static final String INSERT_PROFILE = """
            INSERT INTO user_profiles (user_id, display_name, created_at, updated_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (user_id) DO NOTHING""";
    // every setting takes its column default
    static final String INSERT_SETTINGS = """
            INSERT INTO user_settings (user_id, updated_at) VALUES (?, ?)
            ON CONFLICT (user_id) DO NOTHING""";
    // not published: the role user grants no named permission, and every token carries the signed-in group anyway
    static final String INSERT_ROLE = """
            INSERT INTO user_roles (user_id, role_name, granted_at) VALUES (?, 'user', ?)
            ON CONFLICT (user_id, role_name) DO NOTHING""";

    static final Set<String> TYPES = Set.of(UserRegistered.TYPE, EmailVerified.TYPE);

    @Inject
    AccountService accounts;

    public RegistrationIntake() {
        super("accounts", "nova.identity", TYPES);
    }

    @Incoming("accounts")
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return receive(message);
    }

    @Override
    public void handle(ReceivedEvent received, Connection transaction) throws SQLException {
        CloudEvent event = received.event();
        if (UserRegistered.TYPE.equals(event.type())) {
            create(NewAccount.registered(UserRegistered.from(event.data())), transaction);
        } else if (EmailVerified.TYPE.equals(event.type())) {
            // JPA joins the inbox's transaction: the account change, its event and the inbox row commit together
            EmailVerified verified = EmailVerified.from(event.data());
            accounts.verify(verified.userId(), verified.verifiedAt());
        }
    }

    static void create(NewAccount account, Connection transaction) throws SQLException {
        Timestamp createdAt = Timestamp.from(account.createdAt());
        try (PreparedStatement user = transaction.prepareStatement(INSERT_USER);
             PreparedStatement profile = transaction.prepareStatement(INSERT_PROFILE);
             PreparedStatement settings = transaction.prepareStatement(INSERT_SETTINGS);
             PreparedStatement role = transaction.prepareStatement(INSERT_ROLE)) {
            user.setObject(1, account.userId());
            user.setString(2, account.username());
            user.setTimestamp(3, createdAt);
            user.setTimestamp(4, createdAt);
            user.executeUpdate();

            profile.setObject(1, account.userId());
            profile.setString(2, account.displayName());
            profile.setTimestamp(3, createdAt);
            profile.setTimestamp(4, createdAt);
            profile.executeUpdate();

            settings.setObject(1, account.userId());
            settings.setTimestamp(2, createdAt);
            settings.executeUpdate();

            role.setObject(1, account.userId());
            role.setTimestamp(2, createdAt);
            role.executeUpdate();
        }
    }
}
