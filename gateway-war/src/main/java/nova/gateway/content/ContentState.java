package nova.gateway.content;

import java.util.Locale;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The state of a post, article or comment as the content context says it. */
@Enum("ContentState")
@Description("VISIBLE, or a tombstone: DELETED by its author, HIDDEN or REMOVED by a moderator. A tombstone keeps "
        + "its id, place and time; its text and media are gone")
public enum ContentState {
    VISIBLE, DELETED, HIDDEN, REMOVED;

    static ContentState of(String state) {
        return state == null ? null : valueOf(state.toUpperCase(Locale.ROOT));
    }
}
