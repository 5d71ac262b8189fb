package nova.gateway.content;

import nova.gateway.infra.ApiError;

/** The page size a connection takes: {@code first} 1-100, 20 when left out (the content context's bounds). */
final class Pages {

    static final int MAX_PAGE = 100;

    private Pages() {
    }

    /** {@code first} as the limit to ask for, or {@code VALIDATION_FAILED} without calling anyone. */
    static Integer first(Integer first) {
        if (first != null && (first < 1 || first > MAX_PAGE)) {
            throw ContentIds.invalid("first", "must be between 1 and " + MAX_PAGE);
        }
        return first;
    }
}
