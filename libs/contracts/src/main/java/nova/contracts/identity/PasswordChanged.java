package nova.contracts.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code identity.password.changed}: an account's password was replaced. Subject: the user id.
 * {@code via} is {@link #CHANGE} (the holder gave the current one) or {@link #RESET} (an emailed reset
 * token); consumers must accept values they do not know. The password itself never travels.
 */
public record PasswordChanged(UUID userId, String via, Instant changedAt) implements AccountEvent {

    public static final String TYPE = "identity.password.changed";

    /** Refuses a payload without what every consumer relies on. */
    public PasswordChanged {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(changedAt, "changedAt");
    }
    public static final String CHANGE = "change";
    public static final String RESET = "reset";

    @Override
    public String type() {
        return TYPE;
    }
}
