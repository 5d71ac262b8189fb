package nova.gateway.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nova.contracts.identity.Credentials;
import nova.contracts.identity.RefreshRequest;
import nova.gateway.account.IdentityClient;
import nova.gateway.infra.ReportsErrors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class AccountMutations {

    @Inject
    IdentityClient identity;

    @Mutation("register")
    @Description("Creates an account. VALIDATION_FAILED or CONFLICT carry extensions.fieldErrors")
    public Account register(@Name("input") @NonNull RegisterInput input) {
        return new Account(identity.register(input.toRegistration()));
    }

    @Mutation("login")
    @Description("Logs in with email or username; UNAUTHENTICATED 'invalid login or password' otherwise")
    public AuthPayload login(@Name("login") @NonNull String login, @Name("password") @NonNull String password) {
        return new AuthPayload(identity.login(new Credentials(login, password)));
    }

    @Mutation("refresh")
    @Description("Trades a refresh token for a new pair; the old one is spent")
    public AuthPayload refresh(@Name("refreshToken") @NonNull String refreshToken) {
        return new AuthPayload(identity.refresh(new RefreshRequest(refreshToken)));
    }
}
