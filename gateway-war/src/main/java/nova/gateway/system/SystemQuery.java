package nova.gateway.system;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nova.gateway.infra.ReportsErrors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@ReportsErrors
public class SystemQuery {

    @Inject
    ContextReadinessProbe probe;

    @Inject
    @ConfigProperty(name = "nova.http.port")
    String gatewayPort;

    @Query("system")
    @NonNull
    @Description("Whether the gateway and each bounded context are ready")
    public SystemStatus system() {
        List<ServerStatus> servers = new ArrayList<>();
        // this answer comes from the gateway, so the gateway is serving
        servers.add(new ServerStatus("gateway", "http://localhost:" + gatewayPort, Readiness.UP));
        servers.addAll(probe.probeAll());
        return new SystemStatus(servers);
    }
}
