package nova.identity.infra;

import java.util.List;
import nova.platform.problem.Problem;

/**
 * A request this context refuses, with the problem+json answer the client gets. Thrown from
 * resources and services; {@link RejectionResponse} writes it. Being a runtime exception it rolls
 * back the transaction it leaves, unless the method says otherwise.
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

    /** 400 {@code invalid-input}, one entry per invalid field. */
    public static Rejection invalidInput(List<Problem.FieldError> errors) {
        return new Rejection(Problem.of(400, "invalid-input", "Invalid input", "One or more fields are invalid.")
                .withErrors(errors));
    }
}
