package nova.gateway.admin;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A user's roles and the permissions they grant together; the user's tokens carry them from their next "
        + "login or refresh")
public class UserRoles {

    private final nova.contracts.user.UserRoles held;

    UserRoles(nova.contracts.user.UserRoles held) {
        this.held = held;
    }

    @Id
    @NonNull
    public String getUserId() {
        return held.userId().toString();
    }

    @NonNull
    @Description("Sorted")
    public List<@NonNull String> getRoles() {
        return held.roles();
    }

    @NonNull
    @Description("Sorted, each once")
    public List<@NonNull String> getPermissions() {
        return held.permissions();
    }
}
