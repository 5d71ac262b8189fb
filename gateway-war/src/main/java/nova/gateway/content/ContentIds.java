package nova.gateway.content;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nova.gateway.infra.ApiError;

/** Ids of content as GraphQL clients send them. */
final class ContentIds {

    private ContentIds() {
    }

    /** An id naming something to read or change: a malformed one names nothing, {@code NOT_FOUND} without a call. */
    static UUID existing(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ApiError(ApiError.Code.NOT_FOUND, "There is no " + what + " with this id.");
        }
    }

    /** The id, or empty for one that names nothing (a batch leaves those out, as the content context does). */
    static java.util.Optional<UUID> tryParse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** An id inside an input: a malformed one is the input's fault, {@code VALIDATION_FAILED} on that field. */
    static UUID field(String id, String field) {
        if (id == null) {
            return null;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw invalid(field, "must be an id");
        }
    }

    /** A list of ids inside an input; null stays null (unchanged, in an edit). */
    static List<UUID> fields(List<String> ids, String field) {
        if (ids == null) {
            return null;
        }
        List<UUID> parsed = new ArrayList<>(ids.size());
        for (String id : ids) {
            if (id == null) {
                throw invalid(field, "must hold ids, not null");
            }
            parsed.add(field(id, field));
        }
        return parsed;
    }

    static ApiError invalid(String field, String message) {
        return new ApiError(ApiError.Code.VALIDATION_FAILED, "One or more fields are invalid.",
                List.of(new ApiError.FieldError(field, message)));
    }
}
