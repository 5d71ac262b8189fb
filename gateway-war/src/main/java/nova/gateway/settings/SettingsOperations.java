package nova.gateway.settings;

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
import org.eclipse.microprofile.graphql.Query;

/** The caller's own settings, answered by the user context with the caller's token. */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class SettingsOperations {

    @Inject
    Caller caller;

    @Inject
    UserClient users;

    @Query("mySettings")
    @NonNull
    @Description("Your privacy and delivery choices")
    public Settings mySettings() {
        return new Settings(users.settings(caller.requireAuthorization()));
    }

    @Mutation("updateSettings")
    @NonNull
    @Description("Changes your settings and answers them as they now are; VALIDATION_FAILED carries "
            + "extensions.fieldErrors, and then nothing changed")
    public Settings updateSettings(@Name("input") @NonNull SettingsInput input) {
        String authorization = caller.requireAuthorization();
        return new Settings(users.updateSettings(authorization, input.toUpdate()));
    }
}
