package nova.communication.infra;

import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;

/** The problems this context answers besides invalid input (which is {@link Rejection#invalidInput}). */
public final class Refusals {

    private Refusals() {
    }

    /** 404 {@code not-found}: said the same way whether the thing never existed or is not the caller's to see. */
    public static Rejection notFound(String detail) {
        return new Rejection(Problem.of(404, "not-found", "Not Found", detail));
    }

    /** 403 {@code messaging-not-allowed}: the recipient's message policy does not let the caller write to them. */
    public static Rejection messagingNotAllowed(String detail) {
        return new Rejection(Problem.of(403, "messaging-not-allowed", "Messaging Not Allowed", detail));
    }

    /** 409 {@code conflict}: the conversation's state does not allow the change. */
    public static Rejection conflict(String detail) {
        return new Rejection(Problem.of(409, "conflict", "Conflict", detail));
    }
}
