package nova.identity.account;

import java.util.Locale;

/**
 * What the user context last said of an account: active, banned (for a time or without end) or deleted
 * (for good). Only identity's own projection of it ({@link AccountStanding}) decides whether a login is
 * let in.
 */
public enum AccountStatus {
    ACTIVE, BANNED, DELETED;

    /** The value in {@code credentials.status}. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AccountStatus ofColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
