package nova.identity.password;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import nova.contracts.identity.PasswordReset;
import nova.contracts.identity.PasswordResetRequest;
import nova.identity.account.Credential;
import nova.identity.account.EmailAddress;
import nova.identity.account.PasswordHasher;
import nova.identity.account.RegistrationRules;
import nova.platform.problem.Problem.FieldError;
import nova.platform.problem.Rejection;

/**
 * {@code POST /password-resets} (ask for a reset link) and {@code POST /password-resets/confirm} (set a new
 * password with its token), open to all (contract: {@link nova.contracts.identity.IdentityApi#requestPasswordReset},
 * {@link nova.contracts.identity.IdentityApi#resetPassword}).
 */
@Path("password-resets")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

    @Inject
    PasswordResets resets;

    @Inject
    RegistrationRules rules;

    @Inject
    PasswordHasher hasher;

    /**
     * 202 whether or not an account has the address (it is mailed a link if it has); 400 {@code invalid-input}
     * when {@code email} is missing or not an address at all, which says nothing about accounts.
     */
    @POST
    @PermitAll
    public Response request(PasswordResetRequest request) {
        String email = request == null || request.email() == null ? null : request.email().strip();
        EmailAddress.problemWith(email).ifPresent(problem -> {
            throw Rejection.invalidInput("email", problem);
        });
        resets.request(email);
        return Response.accepted().build();
    }

    /**
     * 204: the password is set, the token spent, every session of the account revoked; 400 {@code invalid-input}
     * on {@code token} (unknown, spent or expired: never told apart) or {@code newPassword} (the registration rules).
     */
    @POST
    @Path("confirm")
    @PermitAll
    public void confirm(PasswordReset reset) {
        String token = reset == null || reset.token() == null ? null : reset.token().strip();
        String newPassword = reset == null ? null : reset.newPassword();
        List<FieldError> missing = new ArrayList<>();
        if (token == null || token.isEmpty()) {
            missing.add(new FieldError("token", "is required"));
        }
        if (newPassword == null || newPassword.isEmpty()) {
            missing.add(new FieldError("newPassword", "is required"));
        }
        if (!missing.isEmpty()) {
            throw Rejection.invalidInput(missing);
        }
        Credential holder = resets.holderOf(token);
        rules.problemWithPassword(newPassword, holder.username(), holder.email()).ifPresent(problem -> {
            throw Rejection.invalidInput("newPassword", problem);
        });
        // hashed before the transaction, so no connection is held while argon2id works
        resets.reset(token, hasher.hash(newPassword));
    }
}
