package nova.social.infra;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;

/** Member and post ids as callers write them: one in a path, or a comma-separated list in {@code ?ids=}. */
public final class Ids {

    /** The most ids one batch answers. */
    public static final int MAX = 100;
    private static final Pattern CANONICAL = Pattern.compile(
            "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    private Ids() {
    }

    /** The id written in {@code text}, or empty if it is not a UUID in its usual 8-4-4-4-12 form. */
    public static Optional<UUID> parse(String text) {
        if (text == null || !CANONICAL.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(text));
    }

    /** An id in a path; 404 {@code not-found} when it is none (nothing can have such an id). */
    public static UUID path(String text, String what) {
        return parse(text).orElseThrow(() -> Refusals.notFound("There is no " + what + " " + abbreviate(text) + "."));
    }

    /**
     * Reads {@code ?ids=}: comma-separated UUIDs, white space around each allowed, repeats collapsed (the first
     * keeps its place); 1 to {@value #MAX} distinct ids.
     *
     * @throws Rejection 400 on field {@code ids}: missing, too many, or entries that are not ids
     */
    public static List<UUID> list(String ids) {
        Set<UUID> parsed = new LinkedHashSet<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (ids != null) {
            for (String entry : ids.split(",")) {
                String id = entry.strip();
                if (!id.isEmpty()) {
                    parse(id).ifPresentOrElse(parsed::add, () -> {
                        if (errors.size() < 10) {
                            errors.add(new Problem.FieldError("ids", "'" + abbreviate(id) + "' is not an id (a UUID)"));
                        }
                    });
                }
            }
        }
        if (parsed.isEmpty() && errors.isEmpty()) {
            errors.add(new Problem.FieldError("ids", "is required: 1 to " + MAX + " comma-separated ids"));
        }
        if (parsed.size() > MAX) {
            errors.add(new Problem.FieldError("ids", "at most " + MAX + " ids per request, got " + parsed.size()));
        }
        if (!errors.isEmpty()) {
            throw Rejection.invalidInput(errors);
        }
        return List.copyOf(parsed);
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
