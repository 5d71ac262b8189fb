package nova.user.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import nova.contracts.user.SettingsUpdated;
import nova.contracts.user.UserSettings;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A user's privacy and delivery choices ({@code user_settings}), one row per user, created with the defaults at
 * registration. Only the user sees or changes them; every change is published whole
 * ({@code user.settings.updated}), so social, communication and search need not call back.
 */
@Entity
@Table(name = "user_settings")
public class Settings {

    @Id
    @Column(name = "user_id")
    private UUID userId;

    @Column(nullable = false)
    private boolean locked;

    @Convert(converter = MessagePolicy.AsText.class)
    @Column(name = "message_policy", nullable = false)
    private MessagePolicy messagePolicy;

    @Column(nullable = false)
    private boolean discoverable;

    // JSONB, kept as its text; PostgreSQL takes a text parameter for jsonb only with a cast
    @ColumnTransformer(write = "CAST(? AS jsonb)")
    @Column(name = "notification_preferences", nullable = false)
    private String notificationPreferences;

    @ColumnTransformer(write = "CAST(? AS jsonb)")
    @Column(name = "email_preferences", nullable = false)
    private String emailPreferences;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Settings() {
        // for JPA
    }

    /** A new account's settings: every default spelled out ({@link Preferences}), stamped with its registration. */
    public Settings(UUID userId, Instant createdAt) {
        this.userId = userId;
        this.messagePolicy = MessagePolicy.EVERYONE;
        this.discoverable = true;
        this.notificationPreferences = Preferences.write(Preferences.NOTIFICATIONS);
        this.emailPreferences = Preferences.write(Preferences.EMAILS);
        this.updatedAt = createdAt;
    }

    /**
     * Applies the owner's change. Returns what happened: the settings as they now are, or nothing when the
     * change leaves every value as it was (then nothing is stored or published).
     */
    public Optional<SettingsUpdated> change(SettingsChange change, Instant now) {
        boolean newLocked = change.locked() == null ? locked : change.locked();
        MessagePolicy newPolicy = change.messagePolicy() == null ? messagePolicy : change.messagePolicy();
        boolean newDiscoverable = change.discoverable() == null ? discoverable : change.discoverable();
        Map<String, Boolean> newNotifications = new TreeMap<>(notifications());
        newNotifications.putAll(change.notifications());
        Map<String, Boolean> newEmails = new TreeMap<>(emails());
        newEmails.putAll(change.emails());
        if (newLocked == locked && newPolicy == messagePolicy && newDiscoverable == discoverable
                && newNotifications.equals(notifications()) && newEmails.equals(emails())) {
            return Optional.empty();
        }
        locked = newLocked;
        messagePolicy = newPolicy;
        discoverable = newDiscoverable;
        notificationPreferences = Preferences.write(newNotifications);
        emailPreferences = Preferences.write(newEmails);
        updatedAt = now;
        return Optional.of(new SettingsUpdated(userId, view()));
    }

    /** The settings as their owner sees them: every notification type and kind of email has its value. */
    public UserSettings view() {
        return new UserSettings(locked, messagePolicy.code(), discoverable, notifications(), emails(), updatedAt);
    }

    public UUID userId() {
        return userId;
    }

    /** Whether follows need the user's approval. */
    public boolean locked() {
        return locked;
    }

    public MessagePolicy messagePolicy() {
        return messagePolicy;
    }

    /** Whether search and suggestions may show this user. */
    public boolean discoverable() {
        return discoverable;
    }

    /** Every notification type, with the user's choice or its default. */
    public Map<String, Boolean> notifications() {
        return Preferences.read(notificationPreferences, Preferences.NOTIFICATIONS);
    }

    /** Every kind of email, with the user's choice or its default. */
    public Map<String, Boolean> emails() {
        return Preferences.read(emailPreferences, Preferences.EMAILS);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
