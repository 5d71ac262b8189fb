package nova.gateway.moderation;

import java.util.Locale;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ModerationState")
@Description("An item's moderation: VISIBLE, or HIDDEN or REMOVED by a moderator")
public enum ModerationState {
    VISIBLE, HIDDEN, REMOVED;

    static ModerationState of(String wire) {
        return wire == null ? null : valueOf(wire.toUpperCase(Locale.ROOT));
    }

    /** The content context's value: the name in lower case. */
    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
