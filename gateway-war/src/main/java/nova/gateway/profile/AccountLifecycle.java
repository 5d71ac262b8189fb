package nova.gateway.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nova.gateway.infra.Caller;
import nova.gateway.infra.ReportsErrors;
import nova.gateway.profile.UserClient;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The caller's own account status and its deletion, answered by the user context. */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class AccountLifecycle {

    @Inject
    Caller caller;

    @Inject
    UserClient users;

    @Query("myStatus")
    @NonNull
    @Description("Where your account stands")
    public AccountStatus myStatus() {
        return AccountStatus.of(users.status(caller.requireAuthorization()));
    }

    @Mutation("scheduleAccountDeletion")
    @NonNull
    @Description("Schedules your account's deletion after a grace period (30 days); until deletionEffectiveAt you "
            + "can still log in and cancel it")
    public AccountStatus scheduleAccountDeletion() {
        return AccountStatus.of(users.scheduleDeletion(caller.requireAuthorization()));
    }

    @Mutation("cancelAccountDeletion")
    @NonNull
    @Description("Withdraws your scheduled deletion; CONFLICT if none is scheduled")
    public AccountStatus cancelAccountDeletion() {
        return AccountStatus.of(users.cancelDeletion(caller.requireAuthorization()));
    }
}
