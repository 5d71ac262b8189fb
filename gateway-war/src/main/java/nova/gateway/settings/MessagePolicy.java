package nova.gateway.settings;

import java.util.Locale;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The user context's message policies ({@code everyone}, ...) as a GraphQL enum: a closed choice clients offer. */
@Enum("MessagePolicy")
@Description("Who may send you messages")
public enum MessagePolicy {
    EVERYONE, FOLLOWERS, FOLLOWING, MUTUALS, NOBODY;

    static MessagePolicy of(String policy) {
        return policy == null ? null : valueOf(policy.toUpperCase(Locale.ROOT));
    }

    String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
