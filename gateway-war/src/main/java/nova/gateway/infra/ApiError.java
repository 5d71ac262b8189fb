package nova.gateway.infra;

import java.util.List;

/**
 * An error a GraphQL client sees: a human message, a stable {@link Code} in {@code extensions.code}
 * and, for invalid or taken input, the field errors in {@code extensions.fieldErrors}. Unchecked, so it
 * can leave a Rest Client's response mapper; {@code mp.graphql.showErrorMessage} lets its message through.
 */
public class ApiError extends RuntimeException {

    /** What {@code extensions.code} says; clients branch on these, so they never change meaning. */
    public enum Code {
        VALIDATION_FAILED, CONFLICT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, UNAVAILABLE, INTERNAL,
        /** The document itself is invalid (unknown field, missing argument, syntax): the engine's own errors. */
        GRAPHQL_VALIDATION_FAILED
    }

    public record FieldError(String field, String message) {
    }

    private final Code code;
    private final List<FieldError> fieldErrors;

    public ApiError(Code code, String message, List<FieldError> fieldErrors) {
        super(message, null, false, false); // a client-facing answer, not a fault: no stack trace
        this.code = code;
        this.fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
    }

    public ApiError(Code code, String message) {
        this(code, message, List.of());
    }

    public static ApiError unavailable(String context) {
        return new ApiError(Code.UNAVAILABLE, "the " + context + " service is unavailable, try again shortly");
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
}
