package nova.gateway.infra;

import java.util.List;
import java.util.OptionalLong;

/**
 * An error a GraphQL client sees: a human message, a stable {@link Code} in {@code extensions.code},
 * for invalid or taken input the field errors in {@code extensions.fieldErrors}, and for a refusal that
 * ends by itself the seconds to wait in {@code extensions.retryAfterSeconds}. Unchecked, so it can leave a
 * Rest Client's response mapper; {@code mp.graphql.showErrorMessage} lets its message through.
 */
public class ApiError extends RuntimeException {

    /** What {@code extensions.code} says; clients branch on these, so they never change meaning. */
    public enum Code {
        VALIDATION_FAILED, CONFLICT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, UNAVAILABLE, INTERNAL,
        /** The document itself is invalid (unknown field, missing argument, syntax): the engine's own errors. */
        GRAPHQL_VALIDATION_FAILED,
        /** The right password for an account that is banned or deleted: logging in will not help. */
        ACCOUNT_SUSPENDED,
        /** Too many attempts for now; {@code extensions.retryAfterSeconds} says how long to wait, when known. */
        RATE_LIMITED,
        /** The document asks for more than one request may (root fields, depth, fields, size); nothing ran. */
        QUERY_TOO_COMPLEX,
        /**
         * Which operation to run cannot be told: {@code operationName} names none of the document's, or is left
         * out of a document holding several; nothing ran.
         */
        OPERATION_RESOLUTION_FAILED,
        /** A file (declared or sent) over the size limit for its kind: a smaller one will do. */
        TOO_LARGE,
        /** The upload does not fit the caller's storage quota: delete something first. */
        QUOTA_EXCEEDED
    }

    public record FieldError(String field, String message) {
    }

    private final Code code;
    private final List<FieldError> fieldErrors;
    private final Long retryAfterSeconds;

    public ApiError(Code code, String message, List<FieldError> fieldErrors) {
        this(code, message, fieldErrors, null);
    }

    private ApiError(Code code, String message, List<FieldError> fieldErrors, Long retryAfterSeconds) {
        super(message, null, false, false); // a client-facing answer, not a fault: no stack trace
        this.code = code;
        this.fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public ApiError(Code code, String message) {
        this(code, message, List.of());
    }

    public static ApiError unavailable(String context) {
        return new ApiError(Code.UNAVAILABLE, "the " + context + " service is unavailable, try again shortly");
    }

    /** Too many attempts; {@code retryAfterSeconds} is empty when the context did not say. */
    public static ApiError rateLimited(String message, OptionalLong retryAfterSeconds) {
        return new ApiError(Code.RATE_LIMITED, message, List.of(),
                retryAfterSeconds.isPresent() ? retryAfterSeconds.getAsLong() : null);
    }

    /** Something failed inside the gateway; the reference finds the stack trace in the log. */
    public static ApiError internal(String reference) {
        return new ApiError(Code.INTERNAL, "internal error, reference " + reference);
    }

    public Code code() {
        return code;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** How many seconds to wait before trying again, if the refusal says. */
    public OptionalLong retryAfterSeconds() {
        return retryAfterSeconds == null ? OptionalLong.empty() : OptionalLong.of(retryAfterSeconds);
    }
}
