package nova.communication.infra;

import java.util.Optional;
import java.util.UUID;
import nova.platform.problem.Rejection;

/** Ids and page sizes as callers write them. */
public final class Ids {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private Ids() {
    }

    /** A path's id, or empty when it is no UUID (then it names nothing: 404, not 400). */
    public static Optional<UUID> parse(String id) {
        try {
            return id == null || id.length() != 36 ? Optional.empty() : Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** @throws Rejection 400 on field {@code limit} outside 1–100; null is the default 20 */
    public static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw Rejection.invalidInput("limit", "Give a limit from 1 to " + MAX_LIMIT + ".");
        }
        return limit;
    }
}
