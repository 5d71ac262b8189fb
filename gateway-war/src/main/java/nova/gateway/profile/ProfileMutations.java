package nova.gateway.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nova.gateway.infra.Caller;
import nova.gateway.infra.ReportsErrors;
import nova.gateway.profile.UserClient;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class ProfileMutations {

    @Inject
    Caller caller;

    @Inject
    UserClient users;

    @Mutation("updateProfile")
    @Description("Changes your profile and answers it as it now is; fields left out stay as they are. "
            + "VALIDATION_FAILED carries extensions.fieldErrors, and then nothing changed")
    public Profile updateProfile(@Name("input") @NonNull ProfileInput input) {
        return new Profile(users.updateProfile(caller.requireAuthorization(), input.toUpdate()));
    }
}
