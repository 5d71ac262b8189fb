package nova.identity.password;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import nova.contracts.identity.PasswordChange;
import nova.identity.account.Credential;
import nova.identity.account.PasswordHasher;
import nova.identity.session.CallingSession;
import nova.identity.session.TrustedProxies;
import nova.platform.security.Permissions;

/**
 * {@code POST /accounts/me/password}: the holder of an access token replaces their password (contract:
 * {@link nova.contracts.identity.IdentityApi#changePassword}). Its own root resource: JAX-RS matches the
 * longer literal path before {@code /accounts}.
 */
@Path("accounts/me/password")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PasswordChangeResource {

    @Inject
    PasswordChanges changes;

    @Inject
    PasswordHasher hasher;

    @Inject
    TrustedProxies proxies;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    /**
     * 204: the password is replaced and every other session of the caller revoked; 400 {@code invalid-input}
     * ({@code currentPassword}, {@code newPassword}); 401 {@code invalid-credentials} for a wrong current password;
     * 429 {@code too-many-attempts}.
     */
    @POST
    @RolesAllowed(Permissions.SIGNED_IN)
    public void change(@Context SecurityContext security, PasswordChange change) {
        CallingSession caller = CallingSession.of(security);
        Credential checked = changes.check(caller, change, proxies.originOf(headers, request));
        // hashed between the check and the transaction, so no connection is held while argon2id works
        changes.replace(checked, hasher.hash(change.newPassword()), caller);
    }
}
