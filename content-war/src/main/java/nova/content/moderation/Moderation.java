package nova.content.moderation;

import java.util.Set;
import nova.content.item.ContentItem;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;

/**
 * The moderation states and actions (the rules of each action are the items' own:
 * {@link nova.content.item.ContentItem#moderate}), and the problems moderation answers.
 */
public final class Moderation {

    public static final String VISIBLE = ContentItem.VISIBLE;
    public static final String HIDDEN = ContentItem.HIDDEN;
    public static final String REMOVED = ContentItem.REMOVED;

    public static final Set<String> ACTIONS = ContentItem.ACTIONS;

    private Moderation() {
    }

    static Rejection conflict(String detail) {
        return new Rejection(Problem.of(409, "conflict", "Conflict", detail));
    }

    static Rejection notFound(String detail) {
        return new Rejection(Problem.of(404, "not-found", "Not Found", detail));
    }
}
