package nova.user.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import nova.contracts.user.UserStatus;
import nova.platform.security.Permissions;
import nova.user.infra.Caller;
import nova.user.profile.ProfileResource;

/**
 * The caller's own account: where it stands, and deleting it. Only ever the caller's (the token's subject): no
 * path takes another user's id. Rooted at {@code users} like every resource here: JAX-RS picks the root path
 * first, so a longer one ({@code users/me}) would hide the other resources' paths below it.
 */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.SIGNED_IN)
public class AccountResource {

    @Context
    SecurityContext security;

    @Inject
    AccountService accounts;

    /** Active, banned (with the reason and end), deletion scheduled (with its date), or deleted. */
    @GET
    @Path("me/status")
    public UserStatus status() {
        return accounts.status(Caller.member(security)).orElseThrow(ProfileResource::notYetThere);
    }

    /**
     * Deletes the caller's account after the grace period (30 days unless configured otherwise); until then
     * they can still sign in and cancel. Asking again changes nothing. Publishes {@code user.deletion_scheduled}.
     */
    @POST
    @Path("me/deletion")
    public UserStatus scheduleDeletion() {
        return accounts.scheduleDeletion(Caller.member(security)).orElseThrow(ProfileResource::notYetThere);
    }

    /** Withdraws the pending deletion; 409 if there is none. Publishes {@code user.deletion_cancelled}. */
    @DELETE
    @Path("me/deletion")
    public UserStatus cancelDeletion() {
        return accounts.cancelDeletion(Caller.member(security)).orElseThrow(ProfileResource::notYetThere);
    }
}
