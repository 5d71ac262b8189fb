package nova.gateway.settings;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Whether one kind of email is sent to you; security mail (verification, reset, password changed) always is")
public class EmailPreference {

    private final String kind;
    private final boolean enabled;

    EmailPreference(String kind, boolean enabled) {
        this.kind = kind;
        this.enabled = enabled;
    }

    @NonNull
    @Description("notifications, digest, product_news (new kinds may be added)")
    public String getKind() {
        return kind;
    }

    @NonNull
    public boolean isEnabled() {
        return enabled;
    }
}
