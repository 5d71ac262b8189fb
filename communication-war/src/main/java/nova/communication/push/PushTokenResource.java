package nova.communication.push;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.UUID;
import nova.communication.infra.Caller;
import nova.communication.infra.Refusals;
import nova.contracts.communication.PushKey;
import nova.contracts.communication.PushToken;
import nova.contracts.communication.SmsNumber;
import nova.contracts.communication.PushTokenRegistration;
import nova.platform.security.Permissions;

/** {@link nova.contracts.communication.PushApi}: a signed-in member's own push tokens and SMS number. */
@Path("push")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.SIGNED_IN)
public class PushTokenResource {

    @Context
    SecurityContext security;

    @Inject
    PushTokens tokens;

    @Inject
    Providers providers;

    @Inject
    SmsNumbers smsNumbers;

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(PushTokenRegistration registration) {
        PushTokens.Registered registered = tokens.register(Caller.member(security), registration, providers.allowHttp());
        return Response.status(registered.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(registered.token()).build();
    }

    @GET
    @Path("tokens")
    public List<PushToken> list() {
        return tokens.list(Caller.member(security));
    }

    @DELETE
    @Path("tokens/{id}")
    public Response remove(@PathParam("id") String id) {
        UUID caller = Caller.member(security);
        UUID tokenId;
        try {
            tokenId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Refusals.notFound("There is no push token " + (id.length() > 40 ? id.substring(0, 37) + "..." : id) + ".");
        }
        if (!tokens.remove(caller, tokenId)) {
            throw Refusals.notFound("There is no push token " + tokenId + ".");
        }
        return Response.noContent().build();
    }

    @PUT
    @Path("sms-number")
    @Consumes(MediaType.APPLICATION_JSON)
    public SmsNumber setSmsNumber(SmsNumber number) {
        return smsNumbers.set(Caller.member(security), number == null ? null : number.phoneNumber());
    }

    @GET
    @Path("sms-number")
    public SmsNumber smsNumber() {
        return smsNumbers.find(Caller.member(security))
                .orElseThrow(() -> Refusals.notFound("You have no phone number for SMS."));
    }

    @DELETE
    @Path("sms-number")
    public Response removeSmsNumber() {
        if (!smsNumbers.remove(Caller.member(security))) {
            throw Refusals.notFound("You have no phone number for SMS.");
        }
        return Response.noContent().build();
    }

    @GET
    @Path("vapid-key")
    public PushKey vapidKey() {
        Caller.member(security);
        return new PushKey(providers.webPush().map(p -> p.vapid().publicKey()).orElse(null));
    }
}
