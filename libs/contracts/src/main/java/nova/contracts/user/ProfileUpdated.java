package nova.contracts.user;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code user.profile.updated}: the profile as it now is, so consumers need not call back. Subject: the user id.
 * <p>
 * {@code avatarMediaId}, {@code headerMediaId}, {@code links} and {@code verified} were added after the first
 * version: a payload written before them reads as no avatar, no header, no links, not verified, and consumers
 * built before them ignore the new fields.
 */
public record ProfileUpdated(UUID userId, String username, String displayName, String bio, String locale,
                             Instant updatedAt, UUID avatarMediaId, UUID headerMediaId, List<ProfileLink> links,
                             boolean verified) {

    public static final String TYPE = "user.profile.updated";

    public ProfileUpdated {
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** The first version's fields only (no media, no links, not verified). */
    public ProfileUpdated(UUID userId, String username, String displayName, String bio, String locale,
                          Instant updatedAt) {
        this(userId, username, displayName, bio, locale, updatedAt, null, null, List.of(), false);
    }

    public JsonObject toJson() {
        JsonArrayBuilder linkArray = Json.createArrayBuilder();
        links.forEach(link -> linkArray.add(Json.createObjectBuilder().add("name", link.name()).add("url", link.url())));
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("userId", userId.toString())
                .add("username", username)
                .add("updatedAt", updatedAt.toString())
                .add("links", linkArray)
                .add("verified", verified);
        addOrNull(json, "displayName", displayName);
        addOrNull(json, "bio", bio);
        addOrNull(json, "locale", locale);
        addOrNull(json, "avatarMediaId", avatarMediaId == null ? null : avatarMediaId.toString());
        addOrNull(json, "headerMediaId", headerMediaId == null ? null : headerMediaId.toString());
        return json.build();
    }

    /** Reads the payload, of either version; unknown fields are ignored. */
    public static ProfileUpdated from(JsonObject data) {
        JsonArray links = data.get("links") instanceof JsonArray array ? array : JsonValue.EMPTY_JSON_ARRAY;
        return new ProfileUpdated(UUID.fromString(data.getString("userId")), data.getString("username"),
                data.getString("displayName", null), data.getString("bio", null), data.getString("locale", null),
                Instant.parse(data.getString("updatedAt")), uuidOrNull(data, "avatarMediaId"),
                uuidOrNull(data, "headerMediaId"),
                links.getValuesAs(JsonObject.class).stream()
                        .map(link -> new ProfileLink(link.getString("name"), link.getString("url"))).toList(),
                data.getBoolean("verified", false));
    }

    private static UUID uuidOrNull(JsonObject data, String name) {
        return data.get(name) instanceof JsonString text ? UUID.fromString(text.getString()) : null;
    }

    private static void addOrNull(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
