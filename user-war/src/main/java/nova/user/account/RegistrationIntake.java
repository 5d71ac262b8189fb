package nova.user.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import nova.contracts.identity.UserRegistered;
import nova.platform.events.CloudEvent;
import nova.platform.events.EventHandler;
import nova.platform.events.ReceivedEvent;

/**
 * Gives every account registered with identity its user, profile and default settings here
 * (consumer group {@code nova.user.accounts} on {@code nova.identity}). Other identity events are
 * not this consumer's business and pass without effect.
 * <p>
 * Writes on the inbox's own transaction, with plain SQL, so that the rows and the inbox entry
 * commit together. Idempotent by itself as well: a second registration of an existing user id
 * changes nothing (and keeps whatever the user has since changed). A <em>different</em> id with
 * a username already taken here breaks {@code users_username_lower}: that would mean identity and
 * this context disagree, so it fails, is retried and ends as a dead letter for an operator.
 */
@ApplicationScoped
public class RegistrationIntake implements EventHandler {

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

    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public Collection<String> topics() {
        return List.of("nova.identity");
    }

    @Override
    public boolean wants(String type) {
        return UserRegistered.TYPE.equals(type);
    }

    @Override
    public void handle(ReceivedEvent received, Connection transaction) throws SQLException {
        CloudEvent event = received.event();
        if (UserRegistered.TYPE.equals(event.type())) {
            create(NewAccount.registered(UserRegistered.from(event.data())), transaction);
        }
    }

    static void create(NewAccount account, Connection transaction) throws SQLException {
        Timestamp createdAt = Timestamp.from(account.createdAt());
        try (PreparedStatement user = transaction.prepareStatement(INSERT_USER);
             PreparedStatement profile = transaction.prepareStatement(INSERT_PROFILE);
             PreparedStatement settings = transaction.prepareStatement(INSERT_SETTINGS)) {
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
        }
    }
}
