package nova.gateway.communication;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A browser's Web Push subscription registered for you (its endpoint is never shown again)")
public class PushToken {

    private final nova.contracts.communication.PushToken token;

    PushToken(nova.contracts.communication.PushToken token) {
        this.token = token;
    }

    @Id
    @NonNull
    public String getId() {
        return token.id().toString();
    }

    @NonNull
    @Description("webpush")
    public String getKind() {
        return token.kind();
    }

    @Description("The push service's origin, e.g. https://fcm.googleapis.com")
    public String getEndpointOrigin() {
        return token.endpointOrigin();
    }

    @NonNull
    public OffsetDateTime getCreatedAt() {
        return Times.utc(token.createdAt());
    }

    @Description("The last push it accepted; null until then")
    public OffsetDateTime getLastUsedAt() {
        return Times.utc(token.lastUsedAt());
    }
}
