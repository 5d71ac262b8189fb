package nova.user.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nova.contracts.user.SettingsUpdate;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;

/**
 * A checked {@link SettingsUpdate}. A null field stays as it is; {@code notifications} and {@code emails} change
 * only the keys they name, and every key must be a known one ({@link Preferences}) with {@code true} or
 * {@code false}: a typo must not pass for a choice that was saved.
 *
 * @param messagePolicy null, or one of {@link MessagePolicy}'s words
 */
public record SettingsChange(Boolean locked, MessagePolicy messagePolicy, Boolean discoverable,
                             Map<String, Boolean> notifications, Map<String, Boolean> emails) {

    /** Nothing to change, as an empty or absent request body asks. */
    public static final SettingsChange NONE = new SettingsChange(null, null, null, Map.of(), Map.of());

    public SettingsChange {
        notifications = notifications == null ? Map.of() : Map.copyOf(notifications);
        emails = emails == null ? Map.of() : Map.copyOf(emails);
    }

    /**
     * Checks every field of {@code update} and reports all problems at once.
     *
     * @throws Rejection naming each invalid field ({@code messagePolicy}, {@code notifications.<type>}, {@code emails.<kind>})
     */
    public static SettingsChange of(SettingsUpdate update) {
        if (update == null) {
            return NONE;
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        MessagePolicy policy = null;
        if (update.messagePolicy() != null) {
            try {
                policy = MessagePolicy.ofCode(update.messagePolicy().strip());
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("messagePolicy", "must be one of " + Arrays.stream(MessagePolicy.values())
                        .map(MessagePolicy::code).collect(Collectors.joining(", "))));
            }
        }
        Map<String, Boolean> notifications = switches(update.notifications(), "notifications",
                Preferences.NOTIFICATIONS, "notification type", errors);
        Map<String, Boolean> emails = switches(update.emails(), "emails", Preferences.EMAILS, "kind of email", errors);
        if (!errors.isEmpty()) {
            throw Rejection.invalidInput(errors);
        }
        return new SettingsChange(update.locked(), policy, update.discoverable(), notifications, emails);
    }

    public boolean isEmpty() {
        return locked == null && messagePolicy == null && discoverable == null && notifications.isEmpty()
                && emails.isEmpty();
    }

    private static Map<String, Boolean> switches(Map<String, Boolean> asked, String field, Map<String, Boolean> known,
                                                 String what, List<Problem.FieldError> errors) {
        Map<String, Boolean> checked = new TreeMap<>();
        if (asked == null) {
            return checked;
        }
        new TreeMap<>(asked).forEach((key, value) -> {
            if (!known.containsKey(key)) {
                errors.add(new Problem.FieldError(field + "." + abbreviate(key), "is not a " + what + "; known: "
                        + String.join(", ", known.keySet())));
            } else if (value == null) {
                errors.add(new Problem.FieldError(field + "." + key, "must be true or false"));
            } else {
                checked.put(key, value);
            }
        });
        return checked;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
