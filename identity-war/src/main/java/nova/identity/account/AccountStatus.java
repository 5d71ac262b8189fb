package nova.identity.account;

import java.util.Locale;

/** Whether an account may log in: only an active one can. Set to banned or deleted by later issues. */
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
