package nova.contracts.user;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code user.roles.changed}: a user's roles changed. Subject: the user id. Carries the whole new state: the
 * role names and the permissions they grant together (sorted, no duplicates), so identity can put the
 * permissions in the {@code groups} claim of the next tokens without calling back. {@code changedBy} is the
 * holder of {@code manage_roles} who made the change, or null for the operator account.
 */
public record RolesChanged(UUID userId, List<String> roles, List<String> permissions, UUID changedBy, Instant changedAt) {

    public static final String TYPE = "user.roles.changed";

    public RolesChanged {
        roles = List.copyOf(roles);
        permissions = List.copyOf(permissions);
    }

    public JsonObject toJson() {
        JsonArrayBuilder roleArray = Json.createArrayBuilder();
        roles.forEach(roleArray::add);
        JsonArrayBuilder permissionArray = Json.createArrayBuilder();
        permissions.forEach(permissionArray::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("userId", userId.toString())
                .add("roles", roleArray)
                .add("permissions", permissionArray)
                .add("changedAt", changedAt.toString());
        if (changedBy == null) {
            json.addNull("changedBy");
        } else {
            json.add("changedBy", changedBy.toString());
        }
        return json.build();
    }

    /** Reads the payload; unknown fields are ignored. */
    public static RolesChanged from(JsonObject data) {
        String by = data.isNull("changedBy") ? null : data.getString("changedBy", null);
        return new RolesChanged(UUID.fromString(data.getString("userId")),
                data.getJsonArray("roles").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(),
                data.getJsonArray("permissions").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(),
                by == null ? null : UUID.fromString(by), Instant.parse(data.getString("changedAt")));
    }
}
