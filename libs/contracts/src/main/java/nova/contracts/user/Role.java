package nova.contracts.user;

import java.util.List;

/** A role and the permissions it grants (seeded: {@code user}, {@code moderator}, {@code admin}). */
public record Role(String name, String description, List<String> permissions) {

    public Role {
        permissions = List.copyOf(permissions);
    }
}
