package nova.identity.email;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nova.contracts.identity.EmailVerification;
import nova.platform.problem.Rejection;

/**
 * {@code POST /email-verifications}: proves an address with its mailed token, open to all: the token is the
 * proof (contract: {@link nova.contracts.identity.IdentityApi#verifyEmail}).
 */
@Path("email-verifications")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EmailVerificationResource {

    @Inject
    EmailVerifications verifications;

    /** 204; 400 {@code invalid-input} on {@code token}: missing, unknown, spent or expired (never told apart). */
    @POST
    @PermitAll
    public void verify(EmailVerification verification) {
        String token = verification == null || verification.token() == null ? null : verification.token().strip();
        if (token == null || token.isEmpty()) {
            throw Rejection.invalidInput("token", "is required");
        }
        verifications.verify(token);
    }
}
