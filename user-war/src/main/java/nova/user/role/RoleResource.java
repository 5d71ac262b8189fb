package nova.user.role;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.UUID;
import nova.contracts.user.Role;
import nova.contracts.user.UserRoles;
import nova.platform.security.Permissions;
import nova.user.infra.Caller;
import nova.user.infra.UserIds;

/**
 * The role paths of {@link nova.contracts.user.UserApi}: who holds which role, granting and revoking. Each needs
 * {@code manage_roles}, held by the operator account (HTTP Basic) and by members whose roles grant it. An unknown
 * user or role is 404 {@code not-found}.
 */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.MANAGE_ROLES)
public class RoleResource {

    @Context
    SecurityContext security;

    @Inject
    RoleService roles;

    /** Every role and what it grants. */
    @GET
    @Path("roles")
    public List<Role> roles() {
        return roles.roles();
    }

    @GET
    @Path("{id}/roles")
    public UserRoles rolesOf(@PathParam("id") String id) {
        return roles.rolesOf(userId(id)).orElseThrow(() -> unknown(id));
    }

    /** Idempotent: granting a role the user holds changes nothing and publishes nothing. */
    @PUT
    @Path("{id}/roles/{role}")
    public UserRoles grantRole(@PathParam("id") String id, @PathParam("role") String role) {
        return roles.grant(userId(id), role, Caller.actor(security).orElse(null));
    }

    /** Idempotent: revoking a role the user does not hold changes nothing and publishes nothing. */
    @DELETE
    @Path("{id}/roles/{role}")
    public UserRoles revokeRole(@PathParam("id") String id, @PathParam("role") String role) {
        return roles.revoke(userId(id), role, Caller.actor(security).orElse(null));
    }

    private static UUID userId(String id) {
        return UserIds.parse(id).orElseThrow(() -> unknown(id));
    }

    private static NotFoundException unknown(String id) {
        return new NotFoundException("There is no user " + id + ".");
    }
}
