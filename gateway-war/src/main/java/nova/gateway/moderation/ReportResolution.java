package nova.gateway.moderation;

import java.util.Locale;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ReportResolution")
@Description("How a report was resolved")
public enum ReportResolution {
    ACTIONED, DISMISSED;

    static ReportResolution of(String wire) {
        return wire == null ? null : valueOf(wire.toUpperCase(Locale.ROOT));
    }

    /** The content context's value: the name in lower case. */
    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
