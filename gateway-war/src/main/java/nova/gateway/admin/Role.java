package nova.gateway.admin;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A role and the permissions it grants")
public class Role {

    private final nova.contracts.user.Role role;

    Role(nova.contracts.user.Role role) {
        this.role = role;
    }

    @NonNull
    @Description("user, moderator, admin, ...")
    public String getName() {
        return role.name();
    }

    public String getDescription() {
        return role.description();
    }

    @NonNull
    @Description("The permission names access tokens carry, e.g. ban_users, manage_roles")
    public List<@NonNull String> getPermissions() {
        return role.permissions();
    }
}
