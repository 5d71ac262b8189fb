package nova.social.infra;

import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;

/** The problems this context answers besides invalid input (which is {@link Rejection#invalidInput}). */
public final class Refusals {

    private Refusals() {
    }

    /** 404 {@code not-found}, said the same way whether the thing never existed or the caller may not see it. */
    public static Rejection notFound(String detail) {
        return new Rejection(Problem.of(404, "not-found", "Not Found", detail));
    }

    /** 409 {@code conflict}: the thing's state does not allow the change. */
    public static Rejection conflict(String detail) {
        return new Rejection(Problem.of(409, "conflict", "Conflict", detail));
    }

    /** 503 {@code unavailable}: a context this answer depends on is down; nothing was written. */
    public static Rejection unavailable(String context) {
        return new Rejection(Problem.of(503, "unavailable", "Service Unavailable",
                "The " + context + " service is unavailable; nothing was changed. Try again shortly."));
    }
}
