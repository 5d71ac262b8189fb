package nova.social.infra;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nova.contracts.user.UserApi;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Social's only way to the user context, asked only when a member acts on someone social has not heard of yet
 * (their {@code user.profile.created} may still be on its way): does the user exist? A read: retried, behind a
 * circuit breaker and a bulkhead; a 404 is an answer ({@code false}), anything else that fails reaches the caller
 * as an exception (then {@link MemberCheck} answers 503).
 */
@ApplicationScoped
public class UserClient {

    @Inject
    @ConfigProperty(name = "nova.user.url")
    String url;

    private UserApi users;

    @PostConstruct
    void connect() {
        users = RestClientBuilder.newBuilder()
                .baseUri(URI.create(url))
                .connectTimeout(1, TimeUnit.SECONDS)
                .readTimeout(ContentClient.READ_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .build(UserApi.class);
    }

    @PreDestroy
    void close() {
        try {
            ((AutoCloseable) users).close();
        } catch (Exception e) {
            // closing on undeploy; nothing is left to do with a client that will not close
        }
    }

    @Timeout(2500)
    @Retry(maxRetries = 2, delay = 100, jitter = 50)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    @Bulkhead(32)
    public boolean exists(String authorization, UUID userId) {
        try {
            return users.byId(authorization, userId) != null;
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status == 404) {
                return false;
            }
            throw new ContentClient.ContentUnavailable("user answered " + status);
        }
    }
}
