package nova.social.infra;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nova.contracts.content.ContentApi;
import nova.contracts.content.Post;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Social's only way to the content context: whether a post exists and the caller may see it, asked with the
 * caller's own token ({@code GET /posts/{id}}), so content's visibility rules decide. A read, so it is retried;
 * the circuit opens while content keeps failing, and the bulkhead keeps a slow content from holding every request
 * thread. A 404 (or a 401/403 for this caller) is an answer, never a failure: it is not retried and leaves the
 * circuit alone. Anything else that goes wrong, after Fault Tolerance has done its part, reaches the caller of
 * {@link #visiblePost} as a {@link ContentUnavailable}.
 * <p>
 * Bulkhead: 64 calls at once (liking is the hottest write; 1,000 concurrent likes pass through the server's
 * thread pool well within it); overridable with MicroProfile Config
 * ({@code nova.social.infra.ContentClient/visiblePost/Bulkhead/value}).
 */
@ApplicationScoped
public class ContentClient {

    /** A blocked socket read ignores @Timeout's interrupt: no @Timeout may be longer than this. */
    static final int READ_TIMEOUT_SECONDS = 3;

    @Inject
    @ConfigProperty(name = "nova.content.url")
    String url;

    private ContentApi content;

    @PostConstruct
    void connect() {
        content = RestClientBuilder.newBuilder()
                .baseUri(URI.create(url))
                .connectTimeout(1, TimeUnit.SECONDS)
                .readTimeout(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .build(ContentApi.class);
    }

    @PreDestroy
    void close() {
        try {
            ((AutoCloseable) content).close();
        } catch (Exception e) {
            // closing on undeploy; nothing is left to do with a client that will not close
        }
    }

    /**
     * The post, if it exists and {@code authorization}'s member may see it; empty otherwise.
     *
     * @throws ContentUnavailable (possibly wrapped by Fault Tolerance's own exceptions) when content cannot answer
     */
    @Timeout(2500)
    @Retry(maxRetries = 2, delay = 100, jitter = 50)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    @Bulkhead(64)
    public Optional<Post> visiblePost(String authorization, UUID postId) {
        try {
            Post post = content.post(authorization, postId);
            return Optional.ofNullable(post).filter(p -> "visible".equals(p.state()));
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status == Response.Status.NOT_FOUND.getStatusCode() || status == 401 || status == 403) {
                return Optional.empty();
            }
            throw new ContentUnavailable("content answered " + status);
        } catch (RuntimeException e) {
            throw new ContentUnavailable(e.getClass().getSimpleName());
        }
    }

    /** Content did not answer, or not with an answer about the post. */
    public static class ContentUnavailable extends RuntimeException {

        public ContentUnavailable(String message) {
            super(message, null, false, false);
        }
    }
}
