package nova.user.profile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import nova.contracts.user.ProfileUpdate;
import nova.contracts.user.UserProfile;
import nova.platform.security.Permissions;
import nova.user.infra.Caller;
import nova.user.infra.UserIds;

/**
 * The profile paths of {@link nova.contracts.user.UserApi}, for signed-in members. The caller is the token's
 * subject; the only profile anyone can change is their own ({@code /users/me/profile}): no path takes another
 * user's id for a change. Deleted accounts are unknown here.
 */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.SIGNED_IN)
public class ProfileResource {

    @Context
    SecurityContext security;

    @Inject
    ProfileService profiles;

    @GET
    @Path("me")
    public UserProfile me() {
        return profiles.find(Caller.member(security)).orElseThrow(ProfileResource::notYetThere);
    }

    @GET
    @Path("{id}")
    public UserProfile byId(@PathParam("id") String id) {
        return UserIds.parse(id).flatMap(profiles::find)
                .orElseThrow(() -> new NotFoundException("There is no user " + id + "."));
    }

    /** {@code ids}: 1–100 comma-separated user ids; unknown ones are left out, the rest keep the order asked. */
    @GET
    public List<UserProfile> byIds(@QueryParam("ids") String ids) {
        return profiles.find(UserIds.parseList(ids));
    }

    /** The profile of the account with this username, whatever its case. */
    @GET
    @Path("by-username/{username}")
    public UserProfile byUsername(@PathParam("username") String username) {
        return profiles.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("There is no user named " + abbreviate(username) + "."));
    }

    /**
     * {@code names}: 1–100 comma-separated usernames (any case, an optional leading {@code @}), for content's
     * mentions; unknown ones are left out, the rest answered once each in the order asked.
     */
    @GET
    @Path("by-usernames")
    public List<UserProfile> byUsernames(@QueryParam("names") String names) {
        return profiles.findByUsernames(UsernameList.parse(names));
    }

    /** Absent (null) fields stay as they are; an empty bio, locale or media id clears it; links replace the list. */
    @PATCH
    @Path("me/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserProfile updateProfile(ProfileUpdate update) {
        ProfileChange change = ProfileChange.of(update);
        return profiles.update(Caller.member(security), change).orElseThrow(ProfileResource::notYetThere);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    /** The account exists (the token says so) but its registration event has not been applied here yet. */
    public static NotFoundException notYetThere() {
        return new NotFoundException("Your profile is not here: it is created from your registration within "
                + "moments, so try again shortly. A deleted account has none.");
    }
}
