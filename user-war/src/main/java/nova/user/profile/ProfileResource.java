package nova.user.profile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import nova.contracts.user.ProfileUpdate;
import nova.contracts.user.UserProfile;
import nova.user.infra.UserApi;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The paths of {@link nova.contracts.user.UserApi}, for signed-in users. The caller is the token's
 * subject; the only profile anyone can change is their own ({@code /users/me/profile}).
 */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(UserApi.USER)
public class ProfileResource {

    @Inject
    JsonWebToken jwt;

    @Inject
    ProfileService profiles;

    @GET
    @Path("me")
    public UserProfile me() {
        return profiles.find(caller()).orElseThrow(ProfileResource::notYetThere);
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

    /** Absent (null) fields stay as they are; an empty bio or locale clears it. */
    @PATCH
    @Path("me/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserProfile updateProfile(ProfileUpdate update) {
        ProfileChange change = ProfileChange.of(update);
        return profiles.update(caller(), change).orElseThrow(ProfileResource::notYetThere);
    }

    private UUID caller() {
        return UserIds.parse(jwt.getSubject()).orElseThrow(() -> new NotAuthorizedException(
                "The access token's subject is not a user id.", "Bearer error=\"invalid_token\""));
    }

    /** The account exists (the token says so) but its registration event has not been applied here yet. */
    private static NotFoundException notYetThere() {
        return new NotFoundException("Your profile is not here yet: it is created from your registration within "
                + "moments. Try again shortly; if this persists, the user service is not receiving identity's events.");
    }
}
