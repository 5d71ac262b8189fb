package nova.media.infra;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nova.platform.problem.Rejection;

/** Media ids as callers write them: one in a path, or 1–100 distinct ones comma-separated in {@code ids}. */
public final class MediaIds {

    public static final int MAX = 100;

    private MediaIds() {
    }

    /** A path's id, or empty when it is no UUID (then it names nothing: 404, not 400). */
    public static Optional<UUID> parse(String id) {
        try {
            return id == null || id.length() != 36 ? Optional.empty() : Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** @throws Rejection 400 {@code invalid-input} on field {@code ids} unless 1–100 distinct UUIDs */
    public static List<UUID> parseList(String ids) {
        if (ids == null || ids.isBlank()) {
            throw Rejection.invalidInput("ids", "Give 1 to " + MAX + " media ids, comma-separated.");
        }
        String[] parts = ids.split(",", MAX + 2);
        if (parts.length > MAX) {
            throw Rejection.invalidInput("ids", "At most " + MAX + " ids at once.");
        }
        Set<UUID> seen = new LinkedHashSet<>();
        for (String part : parts) {
            UUID id = parse(part.strip()).orElseThrow(() -> Rejection.invalidInput("ids", "Every id must be a UUID."));
            if (!seen.add(id)) {
                throw Rejection.invalidInput("ids", "The ids must be distinct.");
            }
        }
        return new ArrayList<>(seen);
    }
}
