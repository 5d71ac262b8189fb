package nova.gateway.moderation;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nova.contracts.content.ModerationAction;
import nova.contracts.content.ModerationApi;
import nova.contracts.content.ModerationDecision;
import nova.contracts.content.Report;
import nova.contracts.content.ReportDraft;
import nova.contracts.content.ReportPage;
import nova.gateway.infra.ApiError;
import nova.gateway.infra.ContextClient;
import nova.gateway.infra.ProblemResponses;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The gateway's only way to the content context's moderation API. Every call carries the caller's
 * {@code Authorization} header as it came. Only the queue is retried: a report or a decision retried after a lost
 * answer would be filed twice or refused as already applied. A refusal (4xx) is never retried and leaves the
 * circuit alone.
 */
@ApplicationScoped
@ContextClient("content")
public class ModerationClient {

    /** A blocked socket read ignores @Timeout's interrupt: no call's @Timeout may be longer than this. */
    static final int READ_TIMEOUT_SECONDS = 3;

    @Inject
    @ConfigProperty(name = "nova.content.url")
    String url;

    private ModerationApi moderation;

    @PostConstruct
    void connect() {
        moderation = RestClientBuilder.newBuilder()
                .baseUri(URI.create(url))
                .connectTimeout(1, TimeUnit.SECONDS)
                .readTimeout(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .register(new ProblemResponses("content"))
                .build(ModerationApi.class);
    }

    @PreDestroy
    void close() {
        try {
            ((AutoCloseable) moderation).close();
        } catch (Exception e) {
            // closing on undeploy; nothing is left to do with a client that will not close
        }
    }

    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, abortOn = ApiError.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = ApiError.class)
    @Bulkhead(20)
    public ReportPage queue(String authorization, String status, String after, Integer limit) {
        return moderation.queue(authorization, status, after, limit);
    }

    @Timeout(3000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = ApiError.class)
    @Bulkhead(10)
    public Report report(String authorization, ReportDraft draft) {
        return moderation.report(authorization, draft);
    }

    @Timeout(3000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = ApiError.class)
    @Bulkhead(10)
    public ModerationAction moderate(String authorization, ModerationDecision decision) {
        return moderation.moderate(authorization, decision);
    }

    @Timeout(3000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = ApiError.class)
    @Bulkhead(10)
    public Report dismiss(String authorization, UUID reportId) {
        return moderation.dismiss(authorization, reportId);
    }
}
