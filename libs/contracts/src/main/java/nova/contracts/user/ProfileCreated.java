package nova.contracts.user;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * {@code user.profile.created}: the user context made a new account's profile (from identity's
 * {@code identity.user.registered}). Subject: the user id. Published once per account, before any
 * {@code user.profile.updated} or {@code user.settings.updated} of it.
 * <p>
 * Carries what this context owns and its first consumers need without calling back: search indexes
 * {@code username} and {@code displayName} when {@code discoverable}; communication greets the member in
 * {@code locale} (null: not chosen yet) and sends only the kinds of email {@code emails} allows. The email
 * address is identity's: it travels in {@code identity.user.registered}, not here.
 */
public record ProfileCreated(UUID userId, String username, String displayName, String locale, boolean discoverable,
                             Map<String, Boolean> emails, Instant createdAt) implements UserEvent {

    public static final String TYPE = "user.profile.created";

    /** The email kinds sorted by name, so the same profile always reads the same on the wire. */
    public ProfileCreated {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(createdAt, "createdAt");
        emails = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(emails, "emails")));
    }

    @Override
    public String type() {
        return TYPE;
    }
}
