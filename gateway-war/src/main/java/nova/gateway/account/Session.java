package nova.gateway.account;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nova.contracts.identity.ActiveSession;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One of your open sessions: a login on one device, alive until it is revoked or left unused for 30 days")
public class Session {

    private final ActiveSession session;

    Session(ActiveSession session) {
        this.session = session;
    }

    @Id
    @NonNull
    public String getId() {
        return session.id().toString();
    }

    @Description("The User-Agent the login came with, if any")
    public String getUserAgent() {
        return session.userAgent();
    }

    @Description("The address the login came from, if known")
    public String getIp() {
        return session.ip();
    }

    @NonNull
    public OffsetDateTime getCreatedAt() {
        return session.createdAt().atOffset(ZoneOffset.UTC);
    }

    @NonNull
    @Description("When it was last refreshed (or began)")
    public OffsetDateTime getLastUsedAt() {
        return session.lastUsedAt().atOffset(ZoneOffset.UTC);
    }

    @NonNull
    @Description("Whether this is the session of the access token that asked")
    public boolean isCurrent() {
        return session.current();
    }
}
