package nova.contracts.user;

import java.time.Instant;
import java.util.Map;

/**
 * A user's privacy and delivery choices (only the user sees them).
 * <ul>
 * <li>{@code locked}: follows need approval;</li>
 * <li>{@code messagePolicy}: who may message them: {@code everyone}, {@code followers}, {@code following},
 * {@code mutuals} or {@code nobody};</li>
 * <li>{@code discoverable}: whether search and suggestions may show them;</li>
 * <li>{@code notifications}: per notification type ({@code follow}, {@code follow_request}, {@code mention},
 * {@code reply}, {@code like}, {@code share}, {@code message}), whether to notify; every type is present;</li>
 * <li>{@code emails}: per kind of email ({@code notifications}, {@code digest}, {@code product_news}), whether to
 * send it; security mail (verification, reset, password changed) is always sent.</li>
 * </ul>
 */
public record UserSettings(boolean locked, String messagePolicy, boolean discoverable,
                           Map<String, Boolean> notifications, Map<String, Boolean> emails, Instant updatedAt) {

    public UserSettings {
        notifications = Map.copyOf(notifications);
        emails = Map.copyOf(emails);
    }
}
