package nova.user.infra;

import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;

/** The problems this context answers besides invalid input (which is {@link Rejection#invalidInput}). */
public final class Refusals {

    private Refusals() {
    }

    /** 409 {@code conflict}: the account's state does not allow the change (banning a deleted user...). */
    public static Rejection conflict(String detail) {
        return new Rejection(Problem.of(409, "conflict", "Conflict", detail));
    }

    /** 404 {@code not-found}, said the same way whether the thing never existed or is gone. */
    public static Rejection notFound(String detail) {
        return new Rejection(Problem.of(404, "not-found", "Not Found", detail));
    }
}
