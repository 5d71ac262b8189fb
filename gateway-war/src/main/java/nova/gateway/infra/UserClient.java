package nova.gateway.infra;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import nova.contracts.user.UserApi;
import nova.contracts.user.UserProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The gateway's only way to the user context. Every call carries the caller's {@code Authorization}
 * header as it came. Reads are idempotent, so they are retried; a refusal (4xx) is never retried.
 */
@ApplicationScoped
@ContextClient("user")
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
                .readTimeout(2, TimeUnit.SECONDS) // a blocked socket read ignores @Timeout's interrupt
                .register(new ProblemResponses("user"))
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

    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = ApiError.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = ApiError.class)
    @Bulkhead(20)
    public UserProfile me(String authorization) {
        return users.me(authorization);
    }
}
