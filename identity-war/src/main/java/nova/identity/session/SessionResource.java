package nova.identity.session;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import nova.identity.account.Credential;
import java.util.UUID;
import nova.contracts.identity.ActiveSession;
import nova.contracts.identity.Credentials;
import nova.contracts.identity.OtherSessionsRevoked;
import nova.contracts.identity.RefreshRequest;
import nova.contracts.identity.Tokens;
import nova.platform.problem.Rejection;
import nova.platform.security.Permissions;
import nova.platform.problem.Problem.FieldError;

/**
 * {@code POST /sessions} (log in) and {@code POST /sessions/refresh}, open to all; and, for the holder of
 * an access token, their own sessions: {@code GET /sessions}, {@code DELETE /sessions/{id}},
 * {@code POST /sessions/revoke-others}, {@code POST /sessions/logout} (contract:
 * {@link nova.contracts.identity.IdentityApi}). Token responses are never cached.
 */
@Path("sessions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    SessionService sessions;

    @Inject
    OwnSessions own;

    @Inject
    TrustedProxies proxies;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    /**
     * 200 with a token pair; 400 {@code invalid-input} when a field is missing; 401 {@code invalid-credentials};
     * 403 {@code account-suspended} for the right password of a banned or deleted account; 429
     * {@code too-many-attempts} with {@code Retry-After} once too many logins failed for this name or from
     * this address.
     */
    @POST
    @PermitAll
    public Response login(Credentials credentials) {
        List<FieldError> missing = new ArrayList<>();
        if (credentials == null || isBlank(credentials.login())) {
            missing.add(new FieldError("login", "is required"));
        }
        if (credentials == null || credentials.password() == null || credentials.password().isEmpty()) {
            missing.add(new FieldError("password", "is required"));
        }
        if (!missing.isEmpty()) {
            throw Rejection.invalidInput(missing);
        }
        ClientOrigin origin = proxies.originOf(headers, request);
        // the password is checked (and, if need be, rehashed) before the session's transaction begins
        Credential verified = sessions.authenticate(credentials.login().strip(), credentials.password(), origin);
        return noStore(sessions.beginSession(verified, sessions.rehashIfWeaker(verified, credentials.password()), origin));
    }

    /** 200 with the next token pair; 400 when the token is missing; 401 {@code invalid-refresh-token}. */
    @POST
    @Path("refresh")
    @PermitAll
    public Response refresh(RefreshRequest refresh) {
        if (refresh == null || isBlank(refresh.refreshToken())) {
            throw Rejection.invalidInput(List.of(new FieldError("refreshToken", "is required")));
        }
        return noStore(sessions.refresh(refresh.refreshToken().strip()));
    }

    /** 200 with the caller's open sessions, most recently used first, {@code current} marking the caller's. */
    @GET
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Permissions.SIGNED_IN)
    public Response list(@Context SecurityContext security) {
        List<ActiveSession> open = own.list(caller(security));
        return Response.ok(open).header("Cache-Control", "no-store").build();
    }

    /** 204; 404 {@code not-found} if it is not an open session of the caller (unknown and foreign alike). */
    @DELETE
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Permissions.SIGNED_IN)
    public void revoke(@Context SecurityContext security, @PathParam("id") UUID id) {
        own.revoke(caller(security), id);
    }

    /** 200 with how many other sessions were revoked. */
    @POST
    @Path("revoke-others")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Permissions.SIGNED_IN)
    public OtherSessionsRevoked revokeOthers(@Context SecurityContext security) {
        return new OtherSessionsRevoked(own.revokeOthers(caller(security)));
    }

    /** 204: the current session is revoked, this token with it. */
    @POST
    @Path("logout")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Permissions.SIGNED_IN)
    public void logout(@Context SecurityContext security) {
        own.logout(caller(security));
    }

    private static CallingSession caller(SecurityContext security) {
        return CallingSession.of(security);
    }

    private static Response noStore(Tokens tokens) {
        return Response.ok(tokens).header("Cache-Control", "no-store").build();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
