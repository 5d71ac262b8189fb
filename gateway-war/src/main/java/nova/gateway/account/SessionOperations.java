package nova.gateway.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import nova.gateway.infra.ApiError;
import nova.gateway.infra.Caller;
import nova.gateway.account.IdentityClient;
import nova.gateway.infra.ReportsErrors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * The caller's own sessions, answered by identity with the caller's access token. Without
 * {@code Authorization} each answers {@code UNAUTHENTICATED} without calling anyone.
 */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class SessionOperations {

    @Inject
    Caller caller;

    @Inject
    IdentityClient identity;

    @Query("sessions")
    @Description("Your open sessions, most recently used first; 'current' marks the one of this access token")
    public @NonNull List<@NonNull Session> sessions() {
        return identity.sessions(caller.requireAuthorization()).stream().map(Session::new).toList();
    }

    @Mutation("revokeSession")
    @Description("Revokes one of your sessions: its tokens stop working everywhere within seconds. "
            + "NOT_FOUND if it is not an open session of yours")
    public boolean revokeSession(@Name("id") @Id @NonNull String id) {
        String authorization = caller.requireAuthorization();
        identity.revokeSession(authorization, sessionId(id));
        return true;
    }

    @Mutation("revokeOtherSessions")
    @Description("Revokes all your sessions but this one; answers how many were revoked")
    public int revokeOtherSessions() {
        return identity.revokeOtherSessions(caller.requireAuthorization()).revoked();
    }

    @Mutation("logout")
    @Description("Revokes this session: this access token and its refresh token stop working")
    public boolean logout() {
        identity.logout(caller.requireAuthorization());
        return true;
    }

    /** A malformed id names no session of anyone's: the same answer as an unknown one. */
    static UUID sessionId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ApiError(ApiError.Code.NOT_FOUND, "You have no open session with this id.");
        }
    }
}
