package nova.user.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.UUID;
import nova.contracts.user.BanRequest;
import nova.contracts.user.UserStatus;
import nova.platform.security.Permissions;
import nova.user.infra.Caller;
import nova.user.infra.UserIds;
import nova.user.profile.BanTerms;

/**
 * Banning and unbanning ({@code ban_users}, held by the operator account and by members whose roles grant it).
 * Answers the banned account's status. Nobody bans themselves (400); a deleted account cannot be banned (409).
 */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.BAN_USERS)
public class BanResource {

    @Context
    SecurityContext security;

    @Inject
    AccountService accounts;

    /** {@code reason} 1–500 characters; {@code until} in the future, or absent for a ban without end. */
    @POST
    @Path("{id}/ban")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserStatus ban(@PathParam("id") String id, BanRequest ban) {
        UUID userId = userId(id);
        BanTerms terms = BanTerms.of(ban, Instant.now());
        return accounts.ban(userId, terms, Caller.actor(security).orElse(null));
    }

    /** 409 if the account is not banned. Publishes {@code user.unbanned}. */
    @DELETE
    @Path("{id}/ban")
    public UserStatus unban(@PathParam("id") String id) {
        return accounts.unban(userId(id), Caller.actor(security).orElse(null));
    }

    private static UUID userId(String id) {
        return UserIds.parse(id).orElseThrow(() -> new NotFoundException("There is no user " + id + "."));
    }
}
