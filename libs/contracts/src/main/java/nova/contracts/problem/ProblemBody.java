package nova.contracts.problem;

import java.util.List;

/**
 * An RFC 9457 problem+json body as clients read it. {@code type} ends with the problem's slug
 * ({@code .../invalid-input}); {@code errors} lists field errors for 400 and 409.
 */
public record ProblemBody(String type, String title, int status, String detail, String instance,
                          List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }

    /** The slug: the last path segment of {@code type}, e.g. {@code invalid-input}. */
    public String code() {
        return type == null ? "" : type.substring(type.lastIndexOf('/') + 1);
    }
}
