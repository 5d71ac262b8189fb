package nova.gateway.system;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A JavaBean rather than a record: Liberty's GraphQL maps output types by their getters. */
@Description("One Nova server's readiness as the gateway sees it")
public class ServerStatus {

    private final String name;
    private final String url;
    private final Readiness readiness;

    public ServerStatus(String name, String url, Readiness readiness) {
        this.name = name;
        this.url = url;
        this.readiness = readiness;
    }

    @NonNull
    public String getName() {
        return name;
    }

    @NonNull
    public String getUrl() {
        return url;
    }

    @NonNull
    public Readiness getReadiness() {
        return readiness;
    }
}
