package nova.platform.problem;

import java.util.List;

/**
 * A request a context refuses, with the problem+json answer the client gets (written by
 * {@link ProblemMappers.Rejected}). Thrown from resources and services; a plain runtime exception,
 * so the rules that throw it are tested without a JAX-RS runtime, and it rolls back the transaction
 * it leaves unless the method says otherwise.
 */
public class Rejection extends RuntimeException {

    private final transient Problem problem;

    public Rejection(Problem problem) {
        super(problem.title(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** The field errors the problem carries (empty unless it is about input). */
    public List<Problem.FieldError> errors() {
        return problem.errors();
    }

    /** 400 {@code invalid-input}, one entry per invalid field (at least one). */
    public static Rejection invalidInput(List<Problem.FieldError> errors) {
        if (errors == null || errors.isEmpty()) {
            throw new IllegalArgumentException("invalid input needs at least one field error");
        }
        return new Rejection(Problem.of(400, "invalid-input", "Invalid input", "One or more fields are invalid.")
                .withErrors(errors));
    }

    /** 400 {@code invalid-input} about one field. */
    public static Rejection invalidInput(String field, String message) {
        return invalidInput(List.of(new Problem.FieldError(field, message)));
    }
}
