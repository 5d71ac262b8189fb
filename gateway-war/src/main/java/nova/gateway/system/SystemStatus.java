package nova.gateway.system;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Readiness of the gateway and every bounded context behind it")
public class SystemStatus {

    private final List<ServerStatus> servers;

    public SystemStatus(List<ServerStatus> servers) {
        this.servers = List.copyOf(servers);
    }

    @NonNull
    @Description("True when every server is ready")
    public boolean isReady() {
        return servers.stream().allMatch(server -> server.getReadiness() == Readiness.UP);
    }

    @NonNull
    public List<@NonNull ServerStatus> getServers() {
        return servers;
    }
}
