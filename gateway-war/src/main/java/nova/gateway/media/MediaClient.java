package nova.gateway.media;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nova.contracts.media.Media;
import nova.contracts.media.MediaApi;
import nova.contracts.media.MediaPage;
import nova.contracts.media.UploadRequest;
import nova.contracts.media.UploadTicket;
import nova.gateway.infra.ContextClient;
import nova.gateway.infra.ContractJson;
import nova.gateway.infra.ProblemResponses;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The gateway's only way to the media context. Every call carries the caller's {@code Authorization} header as
 * it came. The bytes of an upload never pass here: the gateway only asks for a ticket, and the client sends the
 * bytes to the media server's upload URL. Only reads are retried: a ticket asked twice after a lost answer would
 * be a second ticket, a delete retried after a lost answer would say {@code NOT_FOUND}. A refusal (4xx) is never
 * retried and leaves the circuit alone.
 */
@ApplicationScoped
@ContextClient("media")
@Timeout
@CircuitBreaker
@Bulkhead
public class MediaClient {

    /** A blocked socket read ignores @Timeout's interrupt: no call's @Timeout may be longer than this. */
    static final int READ_TIMEOUT_SECONDS = 3;

    @Inject
    @ConfigProperty(name = "nova.media.url")
    String url;

    private MediaApi media;

    @PostConstruct
    void connect() {
        media = RestClientBuilder.newBuilder()
                .baseUri(URI.create(url))
                .connectTimeout(1, TimeUnit.SECONDS)
                .readTimeout(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .register(new ProblemResponses("media"))
                .register(ContractJson.READER)
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

    // --- reads: retried ------------------------------------------------------------------------

    @Retry
    public Media byId(String authorization, UUID id) {
        return media.byId(authorization, id);
    }

    @Retry
    public MediaPage mine(String authorization, String after, Integer limit) {
        return media.mine(authorization, after, limit);
    }

    /** At most 100 ids, comma-separated; the ones the caller may not see are left out (posts' and articles' media). */
    @Retry
    public List<Media> byIds(String authorization, String ids) {
        return media.byIds(authorization, ids);
    }

    // --- changes: never retried ----------------------------------------------------------------

    public UploadTicket requestUpload(String authorization, UploadRequest request) {
        return media.requestUpload(authorization, request);
    }

    public void delete(String authorization, UUID id) {
        media.delete(authorization, id);
    }
}
