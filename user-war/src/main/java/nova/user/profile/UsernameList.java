package nova.user.profile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;

/** Usernames as a caller writes them in {@code ?names=}: comma-separated, any case, an optional leading {@code @}. */
final class UsernameList {

    /** The most usernames one request resolves. */
    static final int MAX = 100;

    private UsernameList() {
    }

    /**
     * The distinct names in lower case, in the order asked (first occurrence keeps its place); empty entries and
     * names longer than anything identity allows are skipped: they can name nobody.
     *
     * @throws Rejection for the field {@code names}: none given, or more than {@value #MAX}
     */
    static List<String> parse(String names) {
        Set<String> parsed = new LinkedHashSet<>();
        if (names != null) {
            for (String entry : names.split(",")) {
                String name = entry.strip();
                if (name.startsWith("@")) {
                    name = name.substring(1);
                }
                if (!name.isEmpty() && name.length() <= ProfileService.USERNAME_LOOKUP_MAX) {
                    parsed.add(name.toLowerCase(Locale.ROOT));
                }
            }
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (parsed.isEmpty()) {
            errors.add(new Problem.FieldError("names", "is required: 1 to " + MAX + " comma-separated usernames"));
        } else if (parsed.size() > MAX) {
            errors.add(new Problem.FieldError("names", "at most " + MAX + " usernames per request, got " + parsed.size()));
        }
        if (!errors.isEmpty()) {
            throw Rejection.invalidInput(errors);
        }
        return List.copyOf(parsed);
    }
}
