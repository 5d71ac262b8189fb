package nova.gateway.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
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

    /** One probe of all contexts serves every request for this long: asking 500 times in one document costs one probe. */
    static final Duration FRESH_FOR = Duration.ofSeconds(2);

    private final Map<String, HealthApi> clients = new ConcurrentHashMap<>();
    private volatile Probed last = new Probed(List.of(), Instant.MIN);

    public List<ServerStatus> probeAll() {
        Probed probed = last;
        if (probed.at.plus(FRESH_FOR).isAfter(Instant.now())) {
            return probed.statuses;
        }
        synchronized (this) {
            if (last.at.plus(FRESH_FOR).isAfter(Instant.now())) {
                return last.statuses;
            }
            Config config = ConfigProvider.getConfig();
            List<ServerStatus> statuses = CONTEXTS.stream()
                    .map(context -> probe(context, config.getValue("nova." + context + ".url", String.class)))
                    .toList();
            last = new Probed(statuses, Instant.now());
            return statuses;
        }
    }

    private record Probed(List<ServerStatus> statuses, Instant at) {
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
