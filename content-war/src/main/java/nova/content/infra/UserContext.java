package nova.content.infra;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nova.contracts.user.UserApi;
import nova.contracts.user.UserProfile;
import nova.contracts.user.UserStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Content's only way to the user context (ARCHITECTURE §4: content → user), with the caller's own token. Both
 * calls are reads, so both are retried; a refusal ({@link Refused}, 4xx) is neither retried nor counted by the
 * circuit. Whatever else goes wrong (down, slow, circuit open, bulkhead full) ends as 503 {@code unavailable}:
 * content asks only while creating, before anything is written, so the caller just tries again.
 */
@ApplicationScoped
public class UserContext {

    /** A blocked socket read ignores @Timeout's interrupt: no call's @Timeout may be longer than this. */
    static final int READ_TIMEOUT_SECONDS = 3;

    @Inject
    @ConfigProperty(name = "nova.user.url", defaultValue = "http://localhost:9082")
    String url;

    private UserApi users;

    @PostConstruct
    void connect() {
        users = RestClientBuilder.newBuilder()
                .baseUri(URI.create(url))
                .connectTimeout(1, TimeUnit.SECONDS)
                .readTimeout(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .register(new RefusedResponses("user"))
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

    /** The caller's own account status ({@code GET /users/me/status}). */
    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = Refused.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = Refused.class)
    @Bulkhead(20)
    @Fallback(fallbackMethod = "statusUnavailable", skipOn = Refused.class)
    public UserStatus status(String authorization) {
        return users.status(authorization);
    }

    /** The profiles of the accounts named (comma-separated, lower case), unknown ones left out. */
    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = Refused.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = Refused.class)
    @Bulkhead(20)
    @Fallback(fallbackMethod = "profilesUnavailable", skipOn = Refused.class)
    public List<UserProfile> byUsernames(String authorization, String names) {
        return users.byUsernames(authorization, names);
    }

    UserStatus statusUnavailable(String authorization) {
        throw Refusals.unavailable("user");
    }

    List<UserProfile> profilesUnavailable(String authorization, String names) {
        throw Refusals.unavailable("user");
    }
}
