package nova.gateway.content;

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
import nova.contracts.content.Article;
import nova.contracts.content.AuthorPosts;
import nova.contracts.content.ArticleDraft;
import nova.contracts.content.ArticleEdit;
import nova.contracts.content.ArticlePage;
import nova.contracts.content.Comment;
import nova.contracts.content.CommentDraft;
import nova.contracts.content.CommentEdit;
import nova.contracts.content.CommentPage;
import nova.contracts.content.ContentApi;
import nova.contracts.content.ContentVersion;
import nova.contracts.content.ModerationAction;
import nova.contracts.content.ModerationApi;
import nova.contracts.content.ModerationDecision;
import nova.contracts.content.Post;
import nova.contracts.content.PostDraft;
import nova.contracts.content.PostEdit;
import nova.contracts.content.PostPage;
import nova.contracts.content.PostReplies;
import nova.contracts.content.Report;
import nova.contracts.content.ReportDraft;
import nova.contracts.content.ReportPage;
import nova.contracts.content.Thread;
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
 * The gateway's only way to the content context. Every call carries the caller's {@code Authorization} header as
 * it came, and a create its {@code Idempotency-Key}. Only reads are retried: a create retried after a lost answer
 * would be a second post unless the client sent a key (the client decides that, by sending it again), and a
 * delete retried would say {@code NOT_FOUND}. Creates may take longer than reads: the content context calls the
 * user and media contexts first. A refusal (4xx) is never retried and leaves the circuit alone. Every value can
 * be changed with MP Config, e.g. {@code nova.gateway.content.ContentClient/createPost/Timeout/value=6000}.
 */
@ApplicationScoped
@ContextClient("content")
@Timeout
@CircuitBreaker
@Bulkhead
public class ContentClient {

    /** The most ids one batch read takes (the content context's bound). */
    public static final int MAX_IDS = 100;

    /** A blocked socket read ignores @Timeout's interrupt: no call's @Timeout may be longer than this. */
    static final int READ_TIMEOUT_SECONDS = 5;

    @Inject
    @ConfigProperty(name = "nova.content.url")
    String url;

    private ContentApi content;

    /** The content context's moderation API: the same server, the same policies. */
    private ModerationApi moderation;

    @PostConstruct
    void connect() {
        content = RestClientBuilder.newBuilder()
                .baseUri(URI.create(url))
                .connectTimeout(1, TimeUnit.SECONDS)
                .readTimeout(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .register(new ProblemResponses("content"))
                .register(ContractJson.READER)
                .build(ContentApi.class);
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
            ((AutoCloseable) content).close();
            ((AutoCloseable) moderation).close();
        } catch (Exception e) {
            // closing on undeploy; nothing is left to do with a client that will not close
        }
    }

    // --- reads: retried ------------------------------------------------------------------------

    @Retry
    public Post post(String authorization, UUID id) {
        return content.post(authorization, id);
    }

    /** At most {@link #MAX_IDS} ids; the ones the caller may not see are left out of the answer. */
    @Retry
    public List<Post> posts(String authorization, Collection<UUID> ids) {
        return content.posts(authorization, ids.stream().map(UUID::toString).collect(Collectors.joining(",")));
    }

    @Retry
    public PostPage postsByAuthor(String authorization, UUID userId, String after, Integer limit) {
        return content.postsByAuthor(authorization, userId, after, limit);
    }

    /** At most {@link #MAX_IDS} ids: the first page of each member's posts, one entry per id in the order asked. */
    @Retry
    public List<AuthorPosts> postsByAuthors(String authorization, Collection<UUID> userIds, Integer limit) {
        return content.postsByAuthors(authorization, userIds.stream().map(UUID::toString).collect(Collectors.joining(",")),
                limit);
    }

    /** At most {@link #MAX_IDS} ids: the first direct replies of each post the caller may see (the others left out). */
    @Retry
    public List<PostReplies> replies(String authorization, Collection<UUID> postIds, Integer limit) {
        return content.replies(authorization, postIds.stream().map(UUID::toString).collect(Collectors.joining(",")), limit);
    }

    /** One page of a post's direct replies the caller may see, oldest first ({@code after}: content's cursor). */
    @Retry
    public PostPage repliesOf(String authorization, UUID postId, String after, Integer limit) {
        return content.repliesOf(authorization, postId, after, limit);
    }

    @Retry
    public Thread thread(String authorization, UUID id) {
        return content.thread(authorization, id);
    }

    @Retry
    public List<ContentVersion> postVersions(String authorization, UUID id) {
        return content.postVersions(authorization, id);
    }

    @Retry
    public Article article(String authorization, UUID id) {
        return content.article(authorization, id);
    }

    @Retry
    public Article articleBySlug(String authorization, String slug) {
        return content.articleBySlug(authorization, slug);
    }

    @Retry
    public ArticlePage articlesByAuthor(String authorization, UUID userId, String after, Integer limit) {
        return content.articlesByAuthor(authorization, userId, after, limit);
    }

    @Retry
    public List<ContentVersion> articleVersions(String authorization, UUID id) {
        return content.articleVersions(authorization, id);
    }

    @Retry
    public CommentPage comments(String authorization, String targetType, UUID targetId, String after, Integer limit) {
        return content.comments(authorization, targetType, targetId, after, limit);
    }

    @Retry
    public List<ContentVersion> commentVersions(String authorization, UUID id) {
        return content.commentVersions(authorization, id);
    }

    // --- changes: never retried ----------------------------------------------------------------

    /** 5 s: content checks the author with the user context and the attachments with the media context first. */
    @Timeout
    public Post createPost(String authorization, String idempotencyKey, PostDraft draft) {
        return content.createPost(authorization, idempotencyKey, draft);
    }

    @Timeout
    public Post editPost(String authorization, UUID id, PostEdit edit) {
        return content.editPost(authorization, id, edit);
    }

    public void deletePost(String authorization, UUID id) {
        content.deletePost(authorization, id);
    }

    @Timeout
    public Article createArticle(String authorization, ArticleDraft draft) {
        return content.createArticle(authorization, draft);
    }

    @Timeout
    public Article editArticle(String authorization, UUID id, ArticleEdit edit) {
        return content.editArticle(authorization, id, edit);
    }

    public Article publishArticle(String authorization, UUID id) {
        return content.publishArticle(authorization, id);
    }

    public void deleteArticle(String authorization, UUID id) {
        content.deleteArticle(authorization, id);
    }

    @Timeout
    public Comment createComment(String authorization, CommentDraft draft) {
        return content.createComment(authorization, draft);
    }

    public Comment editComment(String authorization, UUID id, CommentEdit edit) {
        return content.editComment(authorization, id, edit);
    }

    public void deleteComment(String authorization, UUID id) {
        content.deleteComment(authorization, id);
    }

    // --- moderation (the content context's ModerationApi): only the queue is retried; a report or a decision
    // retried after a lost answer would be filed twice or refused as already applied ---------------------------

    @Retry
    public ReportPage moderationQueue(String authorization, String status, String after, Integer limit) {
        return moderation.queue(authorization, status, after, limit);
    }

    public Report report(String authorization, ReportDraft draft) {
        return moderation.report(authorization, draft);
    }

    public ModerationAction moderate(String authorization, ModerationDecision decision) {
        return moderation.moderate(authorization, decision);
    }

    public Report dismissReport(String authorization, UUID reportId) {
        return moderation.dismiss(authorization, reportId);
    }
}
