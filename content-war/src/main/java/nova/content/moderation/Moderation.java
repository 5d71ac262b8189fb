package nova.content.moderation;

import java.util.Set;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;

/**
 * The moderation states of an item and what each action does to them: {@code hide} and {@code remove} tombstone a
 * shown item ({@code remove} is for good, it also takes a hidden one further), {@code restore} undoes a hide.
 */
public final class Moderation {

    public static final String VISIBLE = "visible";
    public static final String HIDDEN = "hidden";
    public static final String REMOVED = "removed";

    public static final String HIDE = "hide";
    public static final String REMOVE = "remove";
    public static final String RESTORE = "restore";
    public static final Set<String> ACTIONS = Set.of(HIDE, REMOVE, RESTORE);

    private Moderation() {
    }

    /**
     * The moderation state after {@code action} on an item now in {@code current}.
     *
     * @throws Rejection 409 {@code conflict} when the action does not apply to that state
     */
    public static String after(String current, String action) {
        return switch (action) {
            case HIDE -> {
                if (!VISIBLE.equals(current)) {
                    throw conflict("The item is already " + current + ".");
                }
                yield HIDDEN;
            }
            case REMOVE -> {
                if (REMOVED.equals(current)) {
                    throw conflict("The item is already removed.");
                }
                yield REMOVED;
            }
            case RESTORE -> {
                if (REMOVED.equals(current)) {
                    throw conflict("A removed item stays removed: only a hidden one can be restored.");
                }
                if (!HIDDEN.equals(current)) {
                    throw conflict("The item is not hidden: there is nothing to restore.");
                }
                yield VISIBLE;
            }
            default -> throw new IllegalArgumentException("no such action: " + action);
        };
    }

    static Rejection conflict(String detail) {
        return new Rejection(Problem.of(409, "conflict", "Conflict", detail));
    }

    static Rejection notFound(String detail) {
        return new Rejection(Problem.of(404, "not-found", "Not Found", detail));
    }
}
