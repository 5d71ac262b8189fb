package nova.gateway.infra;

import java.util.Optional;
import java.util.UUID;

/** A user id as a GraphQL client sends it. */
public final class UserIds {

    private UserIds() {
    }

    /**
     * The id, or {@code NOT_FOUND} without calling anyone: a malformed id names no user, so it gets the
     * answer an unknown one gets.
     */
    public static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ApiError(ApiError.Code.NOT_FOUND, "There is no user with this id.");
        }
    }

    /** The id, or empty for one that names nobody (a batch leaves those out, as the user context does). */
    public static Optional<UUID> tryParse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
