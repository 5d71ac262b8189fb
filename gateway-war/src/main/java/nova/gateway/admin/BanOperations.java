package nova.gateway.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import nova.contracts.user.BanRequest;
import nova.gateway.infra.Caller;
import nova.gateway.infra.ReportsErrors;
import nova.gateway.profile.UserClient;
import nova.gateway.infra.UserIds;
import nova.gateway.profile.AccountStatus;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Bans, for holders of {@code ban_users}. The user context decides who may; a banned user's sessions end
 * and their logins are refused ({@code ACCOUNT_SUSPENDED}) once identity has heard of it.
 */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class BanOperations {

    @Inject
    Caller caller;

    @Inject
    UserClient users;

    @Mutation("banUser")
    @NonNull
    @Description("Bans a user, until a moment in the future or (until left out) without end, and answers their status. "
            + "Needs ban_users (FORBIDDEN otherwise); reason 1-500 characters; nobody bans themselves; CONFLICT for "
            + "a deleted account")
    public AccountStatus banUser(@Name("userId") @Id @NonNull String userId, @Name("reason") @NonNull String reason,
                                 @Name("until") OffsetDateTime until) {
        String authorization = caller.requireAuthorization();
        return AccountStatus.of(users.ban(authorization, UserIds.parse(userId),
                new BanRequest(reason, until == null ? null : until.toInstant())));
    }

    @Mutation("unbanUser")
    @NonNull
    @Description("Lifts a ban and answers the user's status. Needs ban_users (FORBIDDEN otherwise); CONFLICT if "
            + "the user is not banned")
    public AccountStatus unbanUser(@Name("userId") @Id @NonNull String userId) {
        String authorization = caller.requireAuthorization();
        return AccountStatus.of(users.unban(authorization, UserIds.parse(userId)));
    }
}
