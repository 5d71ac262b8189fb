package nova.user.settings;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import nova.contracts.user.SettingsUpdate;
import nova.contracts.user.UserSettings;
import nova.platform.security.Permissions;
import nova.user.infra.Caller;
import nova.user.profile.ProfileResource;

/**
 * The settings paths of {@link nova.contracts.user.UserApi}: a signed-in member reads and changes their own
 * settings, and nobody else's (there is no path that takes another user's id).
 */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.SIGNED_IN)
public class SettingsResource {

    @Context
    SecurityContext security;

    @Inject
    SettingsService settings;

    @GET
    @Path("me/settings")
    public UserSettings settings() {
        return settings.find(Caller.member(security)).orElseThrow(ProfileResource::notYetThere);
    }

    /** Null fields stay as they are; {@code notifications} and {@code emails} change only the keys they name. */
    @PATCH
    @Path("me/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserSettings updateSettings(SettingsUpdate update) {
        SettingsChange change = SettingsChange.of(update);
        return settings.update(Caller.member(security), change).orElseThrow(ProfileResource::notYetThere);
    }
}
