package nova.contracts.communication;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The communication context's push tokens (config key {@code communication}, same server as
 * {@link CommunicationApi}): a member's Web Push subscriptions, to which their notifications and messages are pushed
 * while they are away. Every call is for a signed-in user; errors are problem+json (400 {@code invalid-input} with
 * field errors, 404 {@code not-found} for a token that is not the caller's).
 */
@RegisterRestClient(configKey = "communication")
@Path("/push")
@Produces(MediaType.APPLICATION_JSON)
public interface PushApi {

    /**
     * Registers a subscription (201), or answers the caller's existing one for the same endpoint (200, keys updated).
     * An endpoint another member registered moves to the caller (one browser, another account signed in).
     */
    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    PushToken register(@HeaderParam("Authorization") String authorization, PushTokenRegistration registration);

    /** The caller's registered subscriptions, newest first. */
    @GET
    @Path("tokens")
    List<PushToken> tokens(@HeaderParam("Authorization") String authorization);

    /** Removes one of the caller's subscriptions (204); 404 when it is not theirs (or gone already). */
    @DELETE
    @Path("tokens/{id}")
    void remove(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /**
     * Sets the caller's phone number for security notices by SMS ({@code phoneNumber}, E.164; 400 otherwise); answers
     * it masked.
     */
    @PUT
    @Path("sms-number")
    @Consumes(MediaType.APPLICATION_JSON)
    SmsNumber setSmsNumber(@HeaderParam("Authorization") String authorization, SmsNumber number);

    /** The caller's phone number, masked; 404 when none is set. */
    @GET
    @Path("sms-number")
    SmsNumber smsNumber(@HeaderParam("Authorization") String authorization);

    /** Removes the caller's phone number (204; 404 when none is set): no SMS goes to them afterwards. */
    @DELETE
    @Path("sms-number")
    void removeSmsNumber(@HeaderParam("Authorization") String authorization);

    /** The server's VAPID public key, for the browser's {@code pushManager.subscribe({applicationServerKey})}. */
    @GET
    @Path("vapid-key")
    PushKey vapidKey(@HeaderParam("Authorization") String authorization);
}
