package nova.gateway.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nova.contracts.search.SearchApi;
import nova.contracts.search.SearchPage;
import nova.contracts.search.Suggestion;
import nova.contracts.search.TrendingHashtag;
import nova.contracts.search.TrendingPost;
import nova.gateway.infra.ContextClient;
import nova.gateway.infra.ProblemResponses;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The gateway's only way to the search context. Every call carries the caller's {@code Authorization} header as
 * it came. Search only reads, so every call is retried (a refusal, 4xx, never is, and leaves the circuit alone).
 */
@ApplicationScoped
@ContextClient("search")
@Timeout
@CircuitBreaker
@Bulkhead
public class SearchClient {

    /** A blocked socket read ignores @Timeout's interrupt: no call's @Timeout may be longer than this. */
    static final int READ_TIMEOUT_SECONDS = 3;

    @Inject
    @ConfigProperty(name = "nova.search.url")
    String url;

    private SearchApi search;

    @PostConstruct
    void connect() {
        search = RestClientBuilder.newBuilder()
                .baseUri(URI.create(url))
                .connectTimeout(1, TimeUnit.SECONDS)
                .readTimeout(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .register(new ProblemResponses("search"))
                .build(SearchApi.class);
    }

    @PreDestroy
    void close() {
        try {
            ((AutoCloseable) search).close();
        } catch (Exception e) {
            // closing on undeploy; nothing is left to do with a client that will not close
        }
    }

    @Retry
    public SearchPage search(String authorization, String q, String kind, String author, String from, String to,
                             Boolean hasMedia, String language, String after, Integer limit) {
        return search.search(authorization, q, kind, author, from, to, hasMedia, language, after, limit);
    }

    @Retry
    @Timeout
    public List<Suggestion> suggestions(String authorization, String q, Integer limit) {
        return search.suggestions(authorization, q, limit);
    }

    @Retry
    public List<TrendingHashtag> trendingHashtags(String authorization, Integer limit) {
        return search.trendingHashtags(authorization, limit);
    }

    @Retry
    public List<TrendingPost> trendingPosts(String authorization, Integer limit) {
        return search.trendingPosts(authorization, limit);
    }
}
