package nova.contracts.user;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
 * {@code invalid-input} with field errors.
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
}
