package nova.gateway.communication;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("PushTokenInput")
@Description("A browser's PushSubscription.toJSON(): its endpoint and keys")
public class PushTokenInput {

    private String endpoint;
    private String p256dh;
    private String auth;

    @NonNull
    @Description("The push service's https URL")
    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    @NonNull
    @Description("keys.p256dh, base64url")
    public String getP256dh() {
        return p256dh;
    }

    public void setP256dh(String p256dh) {
        this.p256dh = p256dh;
    }

    @NonNull
    @Description("keys.auth, base64url")
    public String getAuth() {
        return auth;
    }

    public void setAuth(String auth) {
        this.auth = auth;
    }
}
