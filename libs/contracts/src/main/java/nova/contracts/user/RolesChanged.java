package nova.contracts.user;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code user.roles.changed}: a user's roles changed. Subject: the user id. Carries the whole new state: the
 * role names and the permissions they grant together (sorted, no duplicates), so identity can put the
 * permissions in the {@code groups} claim of the next tokens without calling back. {@code changedBy} is the
 * holder of {@code manage_roles} who made the change, or null for the operator account.
 */
public record RolesChanged(UUID userId, List<String> roles, List<String> permissions, UUID changedBy, Instant changedAt) implements UserEvent {

    public static final String TYPE = "user.roles.changed";

    public RolesChanged {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(changedAt, "changedAt");
        roles = List.copyOf(roles);
        permissions = List.copyOf(permissions);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
