package nova.identity.session;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nova.contracts.identity.Credentials;
import nova.contracts.identity.RefreshRequest;
import nova.contracts.identity.Tokens;
import nova.platform.problem.Rejection;
import nova.platform.problem.Problem.FieldError;

/**
 * {@code POST /sessions} (log in) and {@code POST /sessions/refresh} (contract:
 * {@link nova.contracts.identity.IdentityApi#login}, {@link nova.contracts.identity.IdentityApi#refresh}).
 * Token responses are never cached.
 */
@Path("sessions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    SessionService sessions;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    /** 200 with a token pair; 400 {@code invalid-input} when a field is missing; 401 {@code invalid-credentials}. */
    @POST
    @PermitAll
    public Response login(Credentials credentials) throws SQLException {
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
        ClientOrigin origin = ClientOrigin.of(headers.getHeaderString("X-Forwarded-For"), request.getRemoteAddr(),
                headers.getHeaderString(HttpHeaders.USER_AGENT));
        return noStore(sessions.login(credentials.login().strip(), credentials.password(), origin));
    }

    /** 200 with the next token pair; 400 when the token is missing; 401 {@code invalid-refresh-token}. */
    @POST
    @Path("refresh")
    @PermitAll
    public Response refresh(RefreshRequest refresh) throws SQLException {
        if (refresh == null || isBlank(refresh.refreshToken())) {
            throw Rejection.invalidInput(List.of(new FieldError("refreshToken", "is required")));
        }
        return noStore(sessions.refresh(refresh.refreshToken().strip()));
    }

    private static Response noStore(Tokens tokens) {
        return Response.ok(tokens).header("Cache-Control", "no-store").build();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
