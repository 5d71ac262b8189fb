package nova.gateway.moderation;

import java.util.Locale;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ReportCategory")
@Description("What a report says is wrong")
public enum ReportCategory {
    SPAM, HARASSMENT, HATE, VIOLENCE, SEXUAL, MISINFORMATION, ILLEGAL, OTHER;

    static ReportCategory of(String wire) {
        return wire == null ? null : valueOf(wire.toUpperCase(Locale.ROOT));
    }

    /** The content context's value: the name in lower case. */
    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
