package nova.contracts.user;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/**
 * The user context's API. Every call carries the caller's access token ({@code authorization} is the
 * whole header value, {@code Bearer <jwt>}); 401 without a valid one. Errors are problem+json: 404
 * {@code not-found} for an unknown user (or one whose profile is not there yet), 400
 * {@code invalid-input} with field errors, 403 {@code forbidden} when the caller's token lacks the permission
 * an operation names ({@code nova.platform.security.Permissions}), 409 {@code conflict} for a change the
 * account's state does not allow (banning a deleted user, cancelling a deletion that is not scheduled).
 * Administrative calls also accept the operator account (HTTP Basic), which is how the first admin is made.
 */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
public interface UserApi {

    /** The caller's own profile. */
    @GET
    @Path("me")
    UserProfile me(@HeaderParam("Authorization") String authorization);

    @GET
    @Path("{id}")
    UserProfile byId(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /** Several at once, for the gateway: {@code ids} comma-separated, at most 100; unknown ids are left out. */
    @GET
    List<UserProfile> byIds(@HeaderParam("Authorization") String authorization, @QueryParam("ids") String ids);

    /** Changes the caller's own profile; absent (null) fields stay as they are. Publishes {@code user.profile.updated}. */
    @PATCH
    @Path("me/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    UserProfile updateProfile(@HeaderParam("Authorization") String authorization, ProfileUpdate update);

    /** A profile by username, in any case. */
    @GET
    @Path("by-username/{username}")
    UserProfile byUsername(@HeaderParam("Authorization") String authorization, @PathParam("username") String username);

    /**
     * Several at once by username, for content's mentions: {@code names} comma-separated, 1–100, any case, without
     * {@code @}; unknown (or malformed) names are left out, the rest answered in the order asked, each once.
     */
    @GET
    @Path("by-usernames")
    List<UserProfile> byUsernames(@HeaderParam("Authorization") String authorization, @QueryParam("names") String names);

    /** The caller's own settings. */
    @GET
    @Path("me/settings")
    UserSettings settings(@HeaderParam("Authorization") String authorization);

    /** Changes the caller's own settings. Publishes {@code user.settings.updated}. */
    @PATCH
    @Path("me/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    UserSettings updateSettings(@HeaderParam("Authorization") String authorization, SettingsUpdate update);

    /** The caller's own account status. */
    @GET
    @Path("me/status")
    UserStatus status(@HeaderParam("Authorization") String authorization);

    /**
     * Schedules the caller's account for deletion after the grace period (30 days by default). Publishes
     * {@code user.deletion_scheduled}; {@code user.deleted} follows when the period ends.
     */
    @POST
    @Path("me/deletion")
    UserStatus scheduleDeletion(@HeaderParam("Authorization") String authorization);

    /** Withdraws a scheduled deletion. Publishes {@code user.deletion_cancelled}. 409 if none is scheduled. */
    @DELETE
    @Path("me/deletion")
    UserStatus cancelDeletion(@HeaderParam("Authorization") String authorization);

    /** The roles there are and what each grants. Permission {@code manage_roles}. */
    @GET
    @Path("/roles")
    List<Role> roles(@HeaderParam("Authorization") String authorization);

    /** A user's roles. Permission {@code manage_roles}. */
    @GET
    @Path("{id}/roles")
    UserRoles rolesOf(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /** Grants a role (idempotent). Permission {@code manage_roles}. Publishes {@code user.roles.changed} when it changed. */
    @PUT
    @Path("{id}/roles/{role}")
    UserRoles grantRole(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
                        @PathParam("role") String role);

    /** Revokes a role (idempotent). Permission {@code manage_roles}. Publishes {@code user.roles.changed} when it changed. */
    @DELETE
    @Path("{id}/roles/{role}")
    UserRoles revokeRole(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
                         @PathParam("role") String role);

    /** Bans a user. Permission {@code ban_users}; nobody bans themselves. Publishes {@code user.banned}. */
    @POST
    @Path("{id}/ban")
    @Consumes(MediaType.APPLICATION_JSON)
    UserStatus ban(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id, BanRequest ban);

    /** Lifts a ban. Permission {@code ban_users}. Publishes {@code user.unbanned}. 409 if not banned. */
    @DELETE
    @Path("{id}/ban")
    UserStatus unban(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);
}
