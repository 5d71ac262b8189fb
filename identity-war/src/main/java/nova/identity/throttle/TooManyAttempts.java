package nova.identity.throttle;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;

/**
 * 429 {@code too-many-attempts}: too many failed logins for this name or from this address within the
 * hour. Says neither which one nor whether the account exists; {@code Retry-After} says when to try again.
 */
public class TooManyAttempts extends Rejection {

    private final long retryAfterSeconds;

    public TooManyAttempts(long retryAfterSeconds) {
        super(Problem.of(429, "too-many-attempts", "Too many attempts",
                "Too many failed logins for this name or from this address. Try again in " + retryAfterSeconds
                        + " seconds."));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The problem, with {@code Retry-After}: the platform's mapper for rejections writes no headers. */
    @Provider
    public static class Answer implements ExceptionMapper<TooManyAttempts> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(TooManyAttempts refused) {
            return Response.fromResponse(refused.problem().withInstance(uri.getRequestUri()).toResponse())
                    .header(HttpHeaders.RETRY_AFTER, refused.retryAfterSeconds())
                    .build();
        }
    }
}
