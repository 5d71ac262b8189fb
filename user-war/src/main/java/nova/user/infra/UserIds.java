package nova.user.infra;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;

/** User ids as callers write them: one in a path, or a comma-separated list in {@code ?ids=}. */
public final class UserIds {

    /** The most users one {@code GET /users?ids=} answers. */
    public static final int MAX = 100;
    private static final int MAX_REPORTED = 10;
    // the canonical 8-4-4-4-12 form only: UUID.fromString alone would also take "1-2-3-4-5"
    private static final Pattern CANONICAL = Pattern.compile(
            "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    private UserIds() {
    }

    /** The id written in {@code text}, or empty if it is not a UUID in its usual form (either case). */
    public static Optional<UUID> parse(String text) {
        if (text == null || !CANONICAL.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(text));
    }

    /**
     * Reads {@code ?ids=}: comma-separated UUIDs, white space around each allowed, empty entries
     * skipped, repeats collapsed (first occurrence keeps its place). 1 to {@value #MAX} distinct ids.
     *
     * @return the distinct ids in the order asked
     * @throws Rejection for the field {@code ids}: missing, too many, or entries that are not ids
     */
    public static List<UUID> parseList(String ids) {
        Set<UUID> parsed = new LinkedHashSet<>();
        Set<String> bad = new LinkedHashSet<>();
        if (ids != null) {
            for (String entry : ids.split(",")) {
                String id = entry.strip();
                if (!id.isEmpty()) {
                    parse(id).ifPresentOrElse(parsed::add, () -> bad.add(id));
                }
            }
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (parsed.isEmpty() && bad.isEmpty()) {
            errors.add(new Problem.FieldError("ids", "is required: 1 to " + MAX + " comma-separated user ids"));
        }
        bad.stream().limit(MAX_REPORTED).forEach(id ->
                errors.add(new Problem.FieldError("ids", "'" + abbreviate(id) + "' is not a user id (a UUID)")));
        if (bad.size() > MAX_REPORTED) {
            errors.add(new Problem.FieldError("ids", (bad.size() - MAX_REPORTED) + " more entries are not user ids"));
        }
        if (parsed.size() > MAX) {
            errors.add(new Problem.FieldError("ids", "at most " + MAX + " ids per request, got " + parsed.size()));
        }
        if (!errors.isEmpty()) {
            throw Rejection.invalidInput(errors);
        }
        return List.copyOf(parsed);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
