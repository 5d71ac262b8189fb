package nova.user.infra;

import java.util.List;
import nova.platform.problem.Problem;

/**
 * Input this context refuses, with one entry per problem, answered as 400 {@code invalid-input}
 * ({@link InvalidInputMapper}). A plain exception, so the rules that throw it are tested without a
 * JAX-RS runtime.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<Problem.FieldError> errors;

    public InvalidInputException(List<Problem.FieldError> errors) {
        super("One or more fields are invalid.");
        if (errors == null || errors.isEmpty()) {
            throw new IllegalArgumentException("invalid input needs at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new Problem.FieldError(field, message)));
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
