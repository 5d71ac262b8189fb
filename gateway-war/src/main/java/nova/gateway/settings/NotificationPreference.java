package nova.gateway.settings;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Whether you are notified of one type of event")
public class NotificationPreference {

    private final String type;
    private final boolean enabled;

    NotificationPreference(String type, boolean enabled) {
        this.type = type;
        this.enabled = enabled;
    }

    @NonNull
    @Description("follow, follow_request, mention, reply, like, share, message (new types may be added)")
    public String getType() {
        return type;
    }

    @NonNull
    public boolean isEnabled() {
        return enabled;
    }
}
