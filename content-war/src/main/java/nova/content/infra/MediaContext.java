package nova.content.infra;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import nova.contracts.media.AttachmentReport;
import nova.contracts.media.MediaApi;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Content's only way to the media context (ARCHITECTURE §4: content → media), with the caller's own token: which
 * media the caller may attach. A read, so retried; a refusal ({@link Refused}) is neither retried nor counted;
 * anything else ends as 503 {@code unavailable} before anything is written.
 */
@ApplicationScoped
public class MediaContext {

    /** A blocked socket read ignores @Timeout's interrupt: no call's @Timeout may be longer than this. */
    static final int READ_TIMEOUT_SECONDS = 3;

    @Inject
    @ConfigProperty(name = "nova.media.url", defaultValue = "http://localhost:9085")
    String url;

    private MediaApi media;

    @PostConstruct
    void connect() {
        media = RestClientBuilder.newBuilder()
                .baseUri(URI.create(url))
                .connectTimeout(1, TimeUnit.SECONDS)
                .readTimeout(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .register(new RefusedResponses("media"))
                .build(MediaApi.class);
    }

    @PreDestroy
    void close() {
        try {
            ((AutoCloseable) media).close();
        } catch (Exception e) {
            // closing on undeploy; nothing is left to do with a client that will not close
        }
    }

    /** Of {@code ids} (comma-separated, 1–100), which the caller owns and are ready ({@code GET /media/attachments}). */
    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = Refused.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = Refused.class)
    @Bulkhead(20)
    @Fallback(fallbackMethod = "unavailable", skipOn = Refused.class)
    public AttachmentReport attachments(String authorization, String ids) {
        return media.attachments(authorization, ids);
    }

    AttachmentReport unavailable(String authorization, String ids) {
        throw Refusals.unavailable("media");
    }
}
