package nova.identity.email;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import nova.identity.session.CallingSession;
import nova.platform.security.Permissions;

/**
 * {@code POST /accounts/me/email-verification}: the holder of an access token asks for a new verification
 * link (contract: {@link nova.contracts.identity.IdentityApi#requestEmailVerification}). Its own root resource:
 * JAX-RS matches the longer literal path before {@code /accounts}.
 */
@Path("accounts/me/email-verification")
@Produces(MediaType.APPLICATION_JSON)
public class VerificationRequestResource {

    @Inject
    EmailVerifications verifications;

    /** 202 (sent, or held back by the hourly limit: the answer is the same); 409 {@code already-verified}. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Permissions.SIGNED_IN)
    public Response request(@Context SecurityContext security) {
        verifications.requestAnother(CallingSession.of(security));
        return Response.accepted().build();
    }
}
