package nova.communication.mail;

/**
 * The kinds of mail, and the member's email switch each honours ({@code null}: always sent: the account's own
 * security and its welcome are not a preference).
 */
public enum MailKind {
    WELCOME("welcome", null),
    VERIFICATION("verification", null),
    RESET("reset", null),
    PASSWORD_CHANGED("password_changed", null),
    NOTIFICATION("notification", "notifications");

    private final String stored;
    private final String preference;

    MailKind(String stored, String preference) {
        this.stored = stored;
        this.preference = preference;
    }

    /** The name in {@code email_queue.kind}. */
    public String stored() {
        return stored;
    }

    /** The member's email switch that may turn it off, or null. */
    public String preference() {
        return preference;
    }
}
