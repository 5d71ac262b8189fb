package nova.contracts.identity;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The identity context's API for the gateway. Errors are RFC 9457 problem+json
 * ({@link nova.contracts.problem.ProblemBody}):
 * <ul>
 * <li>400 {@code invalid-input} with one {@code errors[]} entry per invalid field;</li>
 * <li>409 {@code already-taken} with an {@code errors[]} entry for {@code username} and/or {@code email};</li>
 * <li>401 {@code invalid-credentials}: the same answer, and about the same time, for an unknown account
 * as for a wrong password; 401 {@code invalid-refresh-token} for an unknown, expired or reused refresh token.</li>
 * </ul>
 */
@Path("/")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface IdentityApi {

    /** Creates an account (201). Publishes {@code identity.user.registered} in the same transaction. */
    @POST
    @Path("accounts")
    Account register(Registration registration);

    /** Logs in with email or username (200). Publishes {@code identity.user.logged_in}. */
    @POST
    @Path("sessions")
    Tokens login(Credentials credentials);

    /** Exchanges a refresh token for a new pair (200); the old refresh token is spent. */
    @POST
    @Path("sessions/refresh")
    Tokens refresh(RefreshRequest request);
}
