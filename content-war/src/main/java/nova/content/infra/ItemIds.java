package nova.content.infra;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nova.platform.problem.Rejection;

/** Ids as callers write them: one in a path, or 1–100 distinct ones comma-separated in {@code ?ids=}. */
public final class ItemIds {

    /** The most items one batch read answers. */
    public static final int MAX = 100;
    // the canonical 8-4-4-4-12 form only: UUID.fromString alone would also take "1-2-3-4-5"
    private static final Pattern CANONICAL = Pattern.compile(
            "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    private ItemIds() {
    }

    /** A path's id, or empty when it is no UUID (then it names nothing: 404, not 400). */
    public static Optional<UUID> parse(String id) {
        return id == null || !CANONICAL.matcher(id).matches() ? Optional.empty() : Optional.of(UUID.fromString(id));
    }

    /** A path's id; 404 with {@code what} when it is no UUID. */
    public static UUID inPath(String id, String what) {
        return parse(id).orElseThrow(() -> Refusals.notFound("There is no " + what + " " + abbreviate(id) + "."));
    }

    /** @throws Rejection 400 {@code invalid-input} on field {@code ids} unless 1–100 distinct UUIDs */
    public static List<UUID> parseList(String ids) {
        if (ids == null || ids.isBlank()) {
            throw Rejection.invalidInput("ids", "Give 1 to " + MAX + " ids, comma-separated.");
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
        return List.copyOf(seen);
    }

    static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
