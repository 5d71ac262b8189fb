package nova.gateway.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import nova.contracts.ops.HealthApi;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Asks each context server's {@code /health/ready}. The gateway may call every context (ARCHITECTURE
 * §4); the base URLs are the {@code nova.<context>.url} server variables. Short timeouts instead of
 * retries: a probe that waits is a wrong answer.
 */
@ApplicationScoped
public class ContextReadinessProbe {

    static final List<String> CONTEXTS =
            List.of("identity", "user", "content", "social", "media", "communication", "events", "search");

    private final Map<String, HealthApi> clients = new ConcurrentHashMap<>();

    public List<ServerStatus> probeAll() {
        Config config = ConfigProvider.getConfig();
        return CONTEXTS.stream()
                .map(context -> probe(context, config.getValue("nova." + context + ".url", String.class)))
                .toList();
    }

    private ServerStatus probe(String context, String url) {
        HealthApi health = clients.computeIfAbsent(url, base -> RestClientBuilder.newBuilder()
                .baseUri(URI.create(base))
                .connectTimeout(1, TimeUnit.SECONDS)
                .readTimeout(3, TimeUnit.SECONDS)
                .build(HealthApi.class));
        try (Response response = health.ready()) {
            Readiness readiness = response.getStatus() == 200 ? Readiness.UP : Readiness.DOWN;
            return new ServerStatus(context, url, readiness);
        } catch (WebApplicationException e) {
            // the Rest Client's default mapper throws for every status >= 400, so 503 (not ready) lands here
            return new ServerStatus(context, url, Readiness.DOWN);
        } catch (ProcessingException e) {
            return new ServerStatus(context, url, Readiness.UNREACHABLE);
        }
    }
}
