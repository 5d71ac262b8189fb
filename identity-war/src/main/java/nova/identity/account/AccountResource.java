package nova.identity.account;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nova.contracts.identity.Account;
import nova.contracts.identity.Registration;
import nova.platform.problem.Rejection;
import nova.platform.problem.Problem.FieldError;

/** {@code POST /accounts}: register (contract: {@link nova.contracts.identity.IdentityApi#register}). */
@Path("accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    RegistrationRules rules;

    @Inject
    AccountService accounts;

    @Inject
    PasswordHasher hasher;

    @Context
    UriInfo uri;

    /** 201 with the account and its Location; 400 {@code invalid-input}; 409 {@code already-taken}. */
    @POST
    @PermitAll
    public Response register(Registration registration) {
        List<FieldError> errors = rules.check(registration);
        if (!errors.isEmpty()) {
            throw Rejection.invalidInput(errors);
        }
        // hashed before the transaction, so no connection is held while argon2id works
        Account account = accounts.register(registration, hasher.hash(registration.password()));
        return Response.created(uri.getAbsolutePathBuilder().path(account.id().toString()).build())
                .entity(account)
                .build();
    }
}
