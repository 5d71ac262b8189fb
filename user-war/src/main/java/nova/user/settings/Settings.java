package nova.user.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A user's privacy and delivery choices ({@code user_settings}), one row per user, created with the
 * defaults at registration. Read-only for now: the settings API arrives with its issue.
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

    // JSONB, read as its text. Written only once the settings API needs it: binding a string to a
    // jsonb column needs a cast (or Hibernate's own JSON type), which that issue will choose.
    @Column(name = "notification_preferences", insertable = false, updatable = false)
    private String notificationPreferences;

    @Column(name = "email_preferences", insertable = false, updatable = false)
    private String emailPreferences;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Settings() {
        // for JPA
    }

    public UUID userId() {
        return userId;
    }

    /** Whether the account is locked (private); what that restricts is decided with the social issues. */
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

    /** JSON object text. */
    public String notificationPreferences() {
        return notificationPreferences;
    }

    /** JSON object text. */
    public String emailPreferences() {
        return emailPreferences;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
