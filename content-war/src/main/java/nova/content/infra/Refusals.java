package nova.content.infra;

import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;

/** The problems this context answers besides invalid input (which is {@link Rejection#invalidInput}). */
public final class Refusals {

    private Refusals() {
    }

    /** 404 {@code not-found}: said the same way for what never existed, what is gone and what the caller may not see. */
    public static Rejection notFound(String detail) {
        return new Rejection(Problem.of(404, "not-found", "Not Found", detail));
    }

    /** 403 {@code forbidden}: the caller sees the item, but it is not theirs to change. */
    public static Rejection forbidden(String detail) {
        return new Rejection(Problem.of(403, "forbidden", "Forbidden", detail));
    }

    /** 403 {@code account-suspended}: a banned or deleted account writes nothing. */
    public static Rejection accountSuspended() {
        return new Rejection(Problem.of(403, "account-suspended", "Account suspended",
                "Your account is suspended: it cannot write posts, articles or comments."));
    }

    /** 409 {@code idempotency-conflict}: the key was used for a different request. */
    public static Rejection idempotencyConflict() {
        return new Rejection(Problem.of(409, "idempotency-conflict", "Idempotency key reused",
                "This Idempotency-Key was already used, within the last 24 hours, for a different post: use a new key "
                        + "for a new post."));
    }

    /** 409 {@code conflict}: the item's state does not allow the change. */
    public static Rejection conflict(String detail) {
        return new Rejection(Problem.of(409, "conflict", "Conflict", detail));
    }

    /** 503 {@code unavailable}: a context this request needs did not answer; nothing was written. */
    public static Rejection unavailable(String context) {
        return new Rejection(Problem.of(503, "unavailable", "Service unavailable",
                "The " + context + " service is unavailable, so nothing was written: try again shortly."));
    }
}
