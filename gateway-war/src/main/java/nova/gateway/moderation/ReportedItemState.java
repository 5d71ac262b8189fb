package nova.gateway.moderation;

import java.util.Locale;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ReportedItemState")
@Description("A reported item as it stands: VISIBLE, DELETED by its author, HIDDEN or REMOVED by a moderator, SUSPENDED while its author is banned or gone, MISSING when it no longer exists")
public enum ReportedItemState {
    VISIBLE, DELETED, HIDDEN, REMOVED, SUSPENDED, MISSING;

    static ReportedItemState of(String wire) {
        return wire == null ? null : valueOf(wire.toUpperCase(Locale.ROOT));
    }

    /** The content context's value: the name in lower case. */
    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
