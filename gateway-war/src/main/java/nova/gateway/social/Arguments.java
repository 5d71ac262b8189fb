package nova.gateway.social;

import java.util.List;
import java.util.UUID;
import nova.gateway.infra.ApiError;

/** The arguments of the social operations as a GraphQL client sends them, checked before anyone is called. */
final class Arguments {

    /** The most one page gives (the social context's own bound). */
    static final int MAX_PAGE = 100;

    private Arguments() {
    }

    /** {@code first} as the page size to ask for: 1–{@value #MAX_PAGE}, or null for the context's default (20). */
    static Integer first(Integer first) {
        if (first != null && (first < 1 || first > MAX_PAGE)) {
            throw new ApiError(ApiError.Code.VALIDATION_FAILED, "One or more fields are invalid.",
                    List.of(new ApiError.FieldError("first", "must be between 1 and " + MAX_PAGE)));
        }
        return first;
    }

    /** A malformed id names no post: the answer an unknown one gets, without calling anyone. */
    static UUID postId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ApiError(ApiError.Code.NOT_FOUND, "There is no post with this id.");
        }
    }
}
