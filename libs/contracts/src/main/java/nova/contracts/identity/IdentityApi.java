package nova.contracts.identity;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/**
 * The identity context's API for the gateway. Errors are RFC 9457 problem+json
 * ({@link nova.contracts.problem.ProblemBody}):
 * <ul>
 * <li>400 {@code invalid-input} with one {@code errors[]} entry per invalid field;</li>
 * <li>409 {@code already-taken} with an {@code errors[]} entry for {@code username} and/or {@code email};</li>
 * <li>401 {@code invalid-credentials}: the same answer, and about the same time, for an unknown account
 * as for a wrong password; 401 {@code invalid-refresh-token} for an unknown, expired or reused refresh token;</li>
 * <li>401 {@code invalid-token} (or an empty 401 from the server's token check) when a call that needs the
 * caller's access token ({@code authorization} is the whole header value, {@code Bearer <jwt>}) has none, an
 * invalid one, or one of a revoked session;</li>
 * <li>404 {@code not-found} for a session that is unknown, revoked already, or someone else's (never told apart);</li>
 * <li>400 {@code invalid-input} with an {@code errors[]} entry for {@code token} when an emailed token is
 * unknown, used already or expired (never told apart);</li>
 * <li>403 {@code account-suspended} when the right password is given for a banned or deleted account;</li>
 * <li>429 {@code too-many-attempts} with {@code Retry-After} (seconds) once too many logins failed for one
 * login name or from one address within an hour; the same for known and unknown accounts.</li>
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

    /** The caller's open sessions, most recently used first; {@code current} marks the caller's own. */
    @GET
    @Path("sessions")
    List<ActiveSession> sessions(@HeaderParam("Authorization") String authorization);

    /**
     * Revokes one of the caller's sessions and its refresh tokens (204); 404 if it is not an open session
     * of the caller. Publishes {@code identity.session.revoked}.
     */
    @DELETE
    @Path("sessions/{id}")
    void revokeSession(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /** Revokes every open session of the caller except the current one. Publishes one event per session. */
    @POST
    @Path("sessions/revoke-others")
    OtherSessionsRevoked revokeOtherSessions(@HeaderParam("Authorization") String authorization);

    /** Revokes the caller's current session (204): its access tokens stop working everywhere within seconds. */
    @POST
    @Path("sessions/logout")
    void logout(@HeaderParam("Authorization") String authorization);

    /**
     * Replaces the caller's password (204) when {@code currentPassword} is right (401 {@code invalid-credentials}
     * otherwise, counted like a failed login). Every other session of the caller is revoked. Publishes
     * {@code identity.password.changed}.
     */
    @POST
    @Path("accounts/me/password")
    void changePassword(@HeaderParam("Authorization") String authorization, PasswordChange change);

    /**
     * Asks for a password reset link (202, whether or not the address belongs to an account). For an account,
     * publishes {@code identity.password.reset_requested} with a single-use token valid 30 minutes.
     */
    @POST
    @Path("password-resets")
    void requestPasswordReset(PasswordResetRequest request);

    /**
     * Sets a new password with a reset token (204). The token is spent; every session of the account is
     * revoked. Publishes {@code identity.password.changed}.
     */
    @POST
    @Path("password-resets/confirm")
    void resetPassword(PasswordReset reset);

    /**
     * Mails the caller a new email verification link (202): publishes {@code identity.email.verification_requested}.
     * 409 {@code already-verified} when the address is proven already. Registration sends the first link.
     */
    @POST
    @Path("accounts/me/email-verification")
    void requestEmailVerification(@HeaderParam("Authorization") String authorization);

    /** Proves the account's email address with its token (204). Publishes {@code identity.email.verified}. */
    @POST
    @Path("email-verifications")
    void verifyEmail(EmailVerification verification);
}
