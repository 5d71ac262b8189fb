package nova.gateway.social;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nova.contracts.social.AccountPage;
import nova.contracts.social.FeedPage;
import nova.contracts.social.MemberAccounts;
import nova.contracts.social.PostEngagement;
import nova.contracts.social.Relationship;
import nova.contracts.social.RelationshipCounts;
import nova.contracts.social.SocialApi;
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
 * The gateway's only way to the social context. Every call carries the caller's {@code Authorization} header as
 * it came. Only reads are retried: every change publishes an event (a follow, a like), and although social answers
 * a repeated follow or like with the same state, a retry after a lost answer would still be a second request
 * the caller did not make. A refusal (4xx) is never retried and leaves the circuit alone.
 */
@ApplicationScoped
@ContextClient("social")
@Timeout
@CircuitBreaker
@Bulkhead
public class SocialClient {

    /** What a batch read of social ({@code ?ids=}) takes in one call. */
    public static final int MAX_IDS = 100;

    /** A blocked socket read ignores @Timeout's interrupt: no call's @Timeout may be longer than this. */
    static final int READ_TIMEOUT_SECONDS = 5;

    @Inject
    @ConfigProperty(name = "nova.social.url")
    String url;

    private SocialApi social;

    @PostConstruct
    void connect() {
        social = RestClientBuilder.newBuilder()
                .baseUri(URI.create(url))
                .connectTimeout(1, TimeUnit.SECONDS)
                .readTimeout(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .register(new ProblemResponses("social"))
                .register(ContractJson.READER)
                .build(SocialApi.class);
    }

    @PreDestroy
    void close() {
        try {
            ((AutoCloseable) social).close();
        } catch (Exception e) {
            // closing on undeploy; nothing is left to do with a client that will not close
        }
    }

    static String joined(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(","));
    }

    // --- reads: retried ------------------------------------------------------------------------

    @Retry
    public AccountPage requests(String authorization, String after, Integer limit) {
        return social.requests(authorization, after, limit);
    }

    /** At most {@link #MAX_IDS} ids. */
    @Retry
    public List<Relationship> relationships(String authorization, Collection<UUID> ids) {
        return social.relationships(authorization, joined(ids));
    }

    @Retry
    public AccountPage followers(String authorization, UUID userId, String after, Integer limit) {
        return social.followers(authorization, userId, after, limit);
    }

    @Retry
    public AccountPage following(String authorization, UUID userId, String after, Integer limit) {
        return social.following(authorization, userId, after, limit);
    }

    /** At most {@link #MAX_IDS} ids: the first page of each member's followers (a member blocked either way left out). */
    @Retry
    public List<MemberAccounts> followersOf(String authorization, Collection<UUID> userIds, Integer limit) {
        return social.followersOf(authorization, joined(userIds), limit);
    }

    /** As {@link #followersOf}, for whom each member follows. */
    @Retry
    public List<MemberAccounts> followingOf(String authorization, Collection<UUID> userIds, Integer limit) {
        return social.followingOf(authorization, joined(userIds), limit);
    }

    /** At most {@link #MAX_IDS} ids. */
    @Retry
    public List<RelationshipCounts> counts(String authorization, Collection<UUID> ids) {
        return social.counts(authorization, joined(ids));
    }

    @Retry
    public AccountPage likers(String authorization, UUID postId, String after, Integer limit) {
        return social.likers(authorization, postId, after, limit);
    }

    /** At most {@link #MAX_IDS} ids. */
    @Retry
    public List<PostEngagement> engagement(String authorization, Collection<UUID> postIds) {
        return social.engagement(authorization, joined(postIds));
    }

    @Retry
    public FeedPage feed(String authorization, String after, Integer limit) {
        return social.feed(authorization, after, limit);
    }

    // --- changes: never retried ----------------------------------------------------------------

    /** 5 s: social makes the member known from the user context first (its call: 2.5 s, retried twice). */
    @Timeout
    public Relationship follow(String authorization, UUID userId) {
        return social.follow(authorization, userId);
    }

    public Relationship unfollow(String authorization, UUID userId) {
        return social.unfollow(authorization, userId);
    }

    public Relationship approve(String authorization, UUID userId) {
        return social.approve(authorization, userId);
    }

    public Relationship reject(String authorization, UUID userId) {
        return social.reject(authorization, userId);
    }

    /** 5 s: social makes the member known from the user context first (its call: 2.5 s, retried twice). */
    @Timeout
    public Relationship block(String authorization, UUID userId) {
        return social.block(authorization, userId);
    }

    public Relationship unblock(String authorization, UUID userId) {
        return social.unblock(authorization, userId);
    }

    /** 5 s: social makes the member known from the user context first (its call: 2.5 s, retried twice). */
    @Timeout
    public Relationship mute(String authorization, UUID userId) {
        return social.mute(authorization, userId);
    }

    public Relationship unmute(String authorization, UUID userId) {
        return social.unmute(authorization, userId);
    }

    /** 5 s: social asks content whether the caller may see the post first (its call: 2.5 s, retried twice). */
    @Timeout
    public PostEngagement like(String authorization, UUID postId) {
        return social.like(authorization, postId);
    }

    public PostEngagement unlike(String authorization, UUID postId) {
        return social.unlike(authorization, postId);
    }

    /** 5 s: social asks content whether the caller may see the post first (its call: 2.5 s, retried twice). */
    @Timeout
    public PostEngagement share(String authorization, UUID postId) {
        return social.share(authorization, postId);
    }

    public PostEngagement unshare(String authorization, UUID postId) {
        return social.unshare(authorization, postId);
    }
}
