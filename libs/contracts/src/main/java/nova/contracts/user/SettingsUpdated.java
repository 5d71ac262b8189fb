package nova.contracts.user;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code user.settings.updated}: the settings as they now are, so consumers (social for locked accounts,
 * communication for message policy and notification preferences, search for discoverability) need not call
 * back. Subject: the user id.
 */
public record SettingsUpdated(UUID userId, boolean locked, String messagePolicy, boolean discoverable,
                              Map<String, Boolean> notifications, Map<String, Boolean> emails, Instant updatedAt)
        implements UserEvent {

    public static final String TYPE = "user.settings.updated";

    /** The flags sorted by name, so the same settings always read the same on the wire. */
    @JsonbCreator // the canonical constructor, beside a convenience one
    public SettingsUpdated {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(messagePolicy, "messagePolicy");
        Objects.requireNonNull(updatedAt, "updatedAt");
        notifications = Collections.unmodifiableSortedMap(new TreeMap<>(notifications));
        emails = Collections.unmodifiableSortedMap(new TreeMap<>(emails));
    }

    public SettingsUpdated(UUID userId, UserSettings settings) {
        this(userId, settings.locked(), settings.messagePolicy(), settings.discoverable(), settings.notifications(),
                settings.emails(), settings.updatedAt());
    }

    /** The settings this event carries (the payload keeps them flat beside the user id). */
    public UserSettings settings() {
        return new UserSettings(locked, messagePolicy, discoverable, notifications, emails, updatedAt);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
