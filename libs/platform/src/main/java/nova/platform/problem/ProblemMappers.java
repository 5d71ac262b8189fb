package nova.platform.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every exception leaving a resource into problem+json. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    /** What every mapper shares: the problem names the request it answers. */
    abstract static class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {
        @Context
        UriInfo uri;

        Response respond(Problem problem) {
            return problem.withInstance(uri.getRequestUri()).toResponse();
        }
    }

    /** A body over the size limit ({@link BodySizeLimit}): 413. */
    @Provider
    public static class PayloadTooLarge extends ProblemMapper<BodySizeLimit.TooLarge> {
        @Override
        public Response toResponse(BodySizeLimit.TooLarge e) {
            return respond(problemOf(e));
        }
    }

    /** A {@link Rejection}: the problem it carries, field errors and all. */
    @Provider
    public static class Rejected extends ProblemMapper<Rejection> {
        @Override
        public Response toResponse(Rejection rejection) {
            return respond(rejection.problem());
        }
    }

    /** Errors the resource chose (404, 409, ...) keep their status and reason. */
    @Provider
    public static class Declared extends ProblemMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            String slug = status.getReasonPhrase().toLowerCase().replaceAll("[^a-z0-9]+", "-");
            Response problem = respond(Problem.of(status.getStatusCode(), slug, status.getReasonPhrase(), detailOf(e)));
            // keep headers such as Retry-After or Allow that the original response carried
            Response.ResponseBuilder copy = Response.fromResponse(problem);
            e.getResponse().getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                    values.forEach(value -> copy.header(name, value));
                }
            });
            return copy.build();
        }

        /** The resource's own message; the runtime's generated ones ("RESTEASY003210: ...") say nothing to a client. */
        static String detailOf(WebApplicationException e) {
            String message = e.getMessage();
            if (message == null || message.startsWith("HTTP ") || message.matches("^[A-Z]+\\d+[A-Z]?:.*")) {
                return null;
            }
            return message;
        }
    }

    /**
     * A body that is not the JSON the operation reads (malformed, wrong shapes): 400, not a 500
     * with a stack trace in the log. Logged quietly and without the body.
     */
    @Provider
    public static class UnreadableBody extends ProblemMapper<jakarta.json.bind.JsonbException> {
        private static final Logger LOG = Logger.getLogger(UnreadableBody.class.getName());

        @Override
        public Response toResponse(jakarta.json.bind.JsonbException e) {
            BodySizeLimit.TooLarge tooLarge = causeOf(e, BodySizeLimit.TooLarge.class);
            if (tooLarge != null) {
                return respond(problemOf(tooLarge));
            }
            LOG.log(Level.FINE, "unreadable request body", e);
            return respond(unreadable());
        }
    }

    /** The first cause of {@code e} (itself included) of this type, or null. */
    static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    static Problem problemOf(BodySizeLimit.TooLarge tooLarge) {
        return Problem.of(413, "payload-too-large", "Payload too large", tooLarge.getMessage());
    }

    static Problem unreadable() {
        return Problem.of(400, "invalid-input", "Invalid input",
                "The request body is not valid JSON for this operation.");
    }

    /**
     * Anything unexpected: 500 with a reference the operator can find in the log, no internals. Two
     * kinds of "unexpected" are really bad input and answered 400: a JSON body that could not be read
     * (however the runtime wrapped it), and a value the database refuses as data (SQLSTATE class 22:
     * a NUL character, a string too long for its column...), which validation should have caught.
     */
    @Provider
    public static class Unexpected extends ProblemMapper<Throwable> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Throwable e) {
            BodySizeLimit.TooLarge tooLarge = causeOf(e, BodySizeLimit.TooLarge.class);
            if (tooLarge != null) {
                return respond(problemOf(tooLarge));
            }
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof jakarta.json.bind.JsonbException || t instanceof jakarta.json.JsonException) {
                    LOG.log(Level.FINE, "unreadable request body", e);
                    return respond(unreadable());
                }
                if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                    LOG.log(Level.WARNING, "The database refused a value as data (SQLSTATE {0}); validation missed it",
                            sql.getSQLState());
                    return respond(Problem.of(400, "invalid-input", "Invalid input",
                            "The request contains a value that cannot be stored."));
                }
            }
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unhandled error, reference " + reference, e);
            return respond(Problem.of(500, "internal-error", "Internal error",
                    "The request could not be completed. Reference: " + reference));
        }
    }
}
