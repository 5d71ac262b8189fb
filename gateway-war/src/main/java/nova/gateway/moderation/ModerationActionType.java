package nova.gateway.moderation;

import java.util.Locale;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ModerationActionType")
@Description("HIDE and REMOVE make the item a tombstone for everyone (REMOVE for good); RESTORE shows a hidden one again")
public enum ModerationActionType {
    HIDE, REMOVE, RESTORE;

    static ModerationActionType of(String wire) {
        return wire == null ? null : valueOf(wire.toUpperCase(Locale.ROOT));
    }

    /** The content context's value: the name in lower case. */
    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
