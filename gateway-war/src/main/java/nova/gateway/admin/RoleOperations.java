package nova.gateway.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Pattern;
import nova.gateway.infra.ApiError;
import nova.gateway.infra.Caller;
import nova.gateway.infra.ReportsErrors;
import nova.gateway.profile.UserClient;
import nova.gateway.infra.UserIds;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * Roles, for holders of {@code manage_roles}. The user context decides who may: the gateway forwards the
 * caller's token, and a caller without the permission gets {@code FORBIDDEN} and changes nothing.
 */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class RoleOperations {

    /** A role name stays one path segment; anything else names no role and is answered without a call. */
    private static final Pattern PLAUSIBLE_ROLE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    @Inject
    Caller caller;

    @Inject
    UserClient users;

    @Query("roles")
    @NonNull
    @Description("The roles there are and what each grants. Needs manage_roles (FORBIDDEN otherwise)")
    public List<@NonNull Role> roles() {
        return users.roles(caller.requireAuthorization()).stream().map(Role::new).toList();
    }

    @Query("userRoles")
    @NonNull
    @Description("A user's roles. Needs manage_roles (FORBIDDEN otherwise); NOT_FOUND for an unknown user")
    public UserRoles userRoles(@Name("userId") @Id @NonNull String userId) {
        String authorization = caller.requireAuthorization();
        return new UserRoles(users.rolesOf(authorization, UserIds.parse(userId)));
    }

    @Mutation("grantRole")
    @NonNull
    @Description("Grants a role (granting one held already changes nothing) and answers the user's roles. "
            + "Needs manage_roles (FORBIDDEN otherwise)")
    public UserRoles grantRole(@Name("userId") @Id @NonNull String userId, @Name("role") @NonNull String role) {
        String authorization = caller.requireAuthorization();
        return new UserRoles(users.grantRole(authorization, UserIds.parse(userId), roleName(role)));
    }

    @Mutation("revokeRole")
    @NonNull
    @Description("Revokes a role (revoking one not held changes nothing) and answers the user's roles. "
            + "Needs manage_roles (FORBIDDEN otherwise)")
    public UserRoles revokeRole(@Name("userId") @Id @NonNull String userId, @Name("role") @NonNull String role) {
        String authorization = caller.requireAuthorization();
        return new UserRoles(users.revokeRole(authorization, UserIds.parse(userId), roleName(role)));
    }

    static String roleName(String role) {
        if (!PLAUSIBLE_ROLE.matcher(role).matches()) {
            throw new ApiError(ApiError.Code.NOT_FOUND, "There is no role with this name.");
        }
        return role;
    }
}
