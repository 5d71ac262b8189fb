package nova.contracts.user;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.time.Instant;
import java.util.Map;
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
                             Map<String, Boolean> emails, Instant createdAt) {

    public static final String TYPE = "user.profile.created";

    public ProfileCreated {
        emails = Map.copyOf(emails);
    }

    public JsonObject toJson() {
        JsonObjectBuilder emailFlags = Json.createObjectBuilder();
        new TreeMap<>(emails).forEach(emailFlags::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("userId", userId.toString())
                .add("username", username)
                .add("displayName", displayName)
                .add("discoverable", discoverable)
                .add("emails", emailFlags)
                .add("createdAt", createdAt.toString());
        if (locale == null) {
            json.addNull("locale");
        } else {
            json.add("locale", locale);
        }
        return json.build();
    }

    /** Reads the payload; unknown fields are ignored. */
    public static ProfileCreated from(JsonObject data) {
        Map<String, Boolean> emails = new TreeMap<>();
        JsonObject emailFlags = data.getJsonObject("emails");
        emailFlags.forEach((name, value) -> emails.put(name, emailFlags.getBoolean(name)));
        return new ProfileCreated(UUID.fromString(data.getString("userId")), data.getString("username"),
                data.getString("displayName"), data.get("locale") instanceof JsonString text ? text.getString() : null,
                data.getBoolean("discoverable"), emails, Instant.parse(data.getString("createdAt")));
    }
}
