package nova.gateway.settings;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import nova.contracts.user.UserSettings;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The user context's settings. GraphQL has no maps, so each per-key choice is a list of entries, sorted by
 * key so that the answer does not change order between calls.
 */
@Description("Your privacy and delivery choices; only you see them")
public class Settings {

    private final UserSettings settings;

    Settings(UserSettings settings) {
        this.settings = settings;
    }

    @NonNull
    @Description("Whether follows need your approval")
    public boolean isLocked() {
        return settings.locked();
    }

    @NonNull
    public MessagePolicy getMessagePolicy() {
        return MessagePolicy.of(settings.messagePolicy());
    }

    @NonNull
    @Description("Whether search and suggestions may show you")
    public boolean isDiscoverable() {
        return settings.discoverable();
    }

    @NonNull
    @Description("One entry per notification type, every type present")
    public List<@NonNull NotificationPreference> getNotifications() {
        return sorted(settings.notifications(), NotificationPreference::new);
    }

    @NonNull
    @Description("One entry per kind of email, every kind present")
    public List<@NonNull EmailPreference> getEmails() {
        return sorted(settings.emails(), EmailPreference::new);
    }

    public OffsetDateTime getUpdatedAt() {
        return settings.updatedAt() == null ? null : settings.updatedAt().atOffset(ZoneOffset.UTC);
    }

    private static <T> List<T> sorted(Map<String, Boolean> flags, BiFunction<String, Boolean, T> entry) {
        return new TreeMap<>(flags).entrySet().stream()
                .map(flag -> entry.apply(flag.getKey(), Boolean.TRUE.equals(flag.getValue()))).toList();
    }
}
