package nova.gateway.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nova.gateway.infra.Caller;
import nova.gateway.infra.ReportsErrors;
import nova.gateway.infra.UserClient;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class ProfileQuery {

    @Inject
    Caller caller;

    @Inject
    UserClient users;

    @Query("me")
    @Description("The caller's own profile; needs 'Authorization: Bearer <accessToken>'")
    public Profile me() {
        return new Profile(users.me(caller.requireAuthorization()));
    }
}
