package nova.contracts.user;

import java.util.Map;

/**
 * Changes to one's own settings ({@link UserSettings}); a null field is left unchanged, and
 * {@code notifications} and {@code emails} change only the keys they name. Unknown keys or policies are 400.
 */
public record SettingsUpdate(Boolean locked, String messagePolicy, Boolean discoverable,
                             Map<String, Boolean> notifications, Map<String, Boolean> emails) {
}
