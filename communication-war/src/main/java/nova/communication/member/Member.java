package nova.communication.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A member as communication knows them ({@code members}), built from whichever of their events arrives first and
 * completed by the others: identity's registration and proofs (username, address), the user context's profile and
 * settings (display name, locale, message policy, switches), {@code user.deleted} (gone: no mail, no messages).
 */
@Entity
@Table(name = "members")
public class Member {

    @Id
    @Column(name = "user_id")
    private UUID userId;

    private String username;

    @Column(name = "display_name")
    private String displayName;

    private String locale;

    private String email;

    @Column(name = "message_policy", nullable = false)
    private String messagePolicy;

    @Column(nullable = false)
    private String notifications;

    @Column(nullable = false)
    private String emails;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Member() {
    }

    static Member known(UUID userId, Instant now) {
        Member member = new Member();
        member.userId = userId;
        member.messagePolicy = "everyone";
        member.notifications = "{}";
        member.emails = "{}";
        member.updatedAt = now;
        return member;
    }

    void registered(String username, String email, Instant now) {
        this.username = username;
        this.email = email;
        this.updatedAt = now;
    }

    void proved(String email, Instant now) {
        this.email = email;
        this.updatedAt = now;
    }

    void named(String username, String displayName, String locale, Instant now) {
        if (username != null) {
            this.username = username;
        }
        this.displayName = displayName;
        this.locale = locale;
        this.updatedAt = now;
    }

    void emailChoices(Map<String, Boolean> emails, Instant now) {
        this.emails = Switches.write(emails);
        this.updatedAt = now;
    }

    void settings(String messagePolicy, Map<String, Boolean> notifications, Map<String, Boolean> emails, Instant now) {
        this.messagePolicy = messagePolicy;
        this.notifications = Switches.write(notifications);
        this.emails = Switches.write(emails);
        this.updatedAt = now;
    }

    /** Forgets the person: name and address go, the row stays to say the account is gone. */
    void deleted(Instant now) {
        this.username = null;
        this.displayName = null;
        this.email = null;
        this.deletedAt = now;
        this.updatedAt = now;
    }

    public UUID userId() {
        return userId;
    }

    /** The name notifications show: the display name, else the username, else a neutral word. */
    public String shownName() {
        if (displayName != null && !displayName.isBlank()) {
            return displayName;
        }
        return username != null ? username : "Someone";
    }

    public String username() {
        return username;
    }

    public String locale() {
        return locale;
    }

    /** Identity's current address for this member, or null (not known yet, or deleted). */
    public String email() {
        return deletedAt == null ? email : null;
    }

    public String messagePolicy() {
        return messagePolicy;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** Whether the member wants notifications of this settings type ({@code follow}, {@code reply}, …); on unless said off. */
    public boolean wantsNotification(String settingsType) {
        return Switches.read(notifications, settingsType, true);
    }

    /** Whether the member wants email of this kind ({@code notifications}, {@code digest}, {@code product_news}). */
    public boolean wantsEmail(String kind) {
        return Switches.read(emails, kind, Switches.EMAIL_DEFAULTS.getOrDefault(kind, false));
    }
}
