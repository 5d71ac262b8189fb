package nova.contracts.user;

import java.util.List;
import java.util.UUID;

/** A user's roles and the permissions they grant together (both sorted). */
public record UserRoles(UUID userId, List<String> roles, List<String> permissions) {

    public UserRoles {
        roles = List.copyOf(roles);
        permissions = List.copyOf(permissions);
    }
}
