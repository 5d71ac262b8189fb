package nova.contracts.content;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The content context's API (config key {@code content}): posts, articles, comments and their versions.
 * Every call carries the caller's access token ({@code authorization} is the whole header value,
 * {@code Bearer <jwt>}); 401 without a valid one. Errors are problem+json: 400 {@code invalid-input} with field
 * errors, 404 {@code not-found} (also for whatever the caller may not see: never 403 for that), 403
 * {@code forbidden} (changing someone else's item) or {@code account-suspended} (a banned author creating),
 * 409 {@code idempotency-conflict}, 503 {@code unavailable} when the user or media context is down on a create
 * (nothing written; retry).
 * <p>
 * Visibility is checked on every read: {@code public} and {@code unlisted} posts by everyone signed in,
 * {@code followers} posts by the author and their followers (content's projection of social's follow events),
 * {@code direct} posts by the author and the mentioned. Hidden, removed or deleted items and those of suspended
 * authors are 404 on a direct read and tombstones inside threads and comment lists. Pages take {@code after}
 * (the previous page's {@code nextCursor}, or null) and {@code limit} 1–100 (default 20); batch reads
 * {@code ids}, 1–100 distinct UUIDs comma-separated, and answer the visible ones in the order asked.
 */
@RegisterRestClient(configKey = "content")
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public interface ContentApi {

    /**
     * Creates a post (201). A repeated {@code idempotencyKey} (≤ 255 characters, or null) from the same caller
     * within 24 hours answers the post it created (200); with a different draft, 409 {@code idempotency-conflict}.
     * Publishes {@code content.post.created}.
     */
    @POST
    @Path("posts")
    @Consumes(MediaType.APPLICATION_JSON)
    Post createPost(@HeaderParam("Authorization") String authorization,
                    @HeaderParam("Idempotency-Key") String idempotencyKey, PostDraft draft);

    /** One post the caller may see, else 404. */
    @GET
    @Path("posts/{id}")
    Post post(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /** The visible ones of {@code ids}, in the order asked. */
    @GET
    @Path("posts")
    List<Post> posts(@HeaderParam("Authorization") String authorization, @QueryParam("ids") String ids);

    /** Edits one's own post (403 for someone else's); the previous version is kept. Publishes {@code content.post.updated}. */
    @PATCH
    @Path("posts/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Post editPost(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id, PostEdit edit);

    /** Deletes one's own post (a tombstone stays in threads). Publishes {@code content.post.deleted}. */
    @DELETE
    @Path("posts/{id}")
    void deletePost(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /** A member's posts the caller may see (replies included), newest first. */
    @GET
    @Path("posts/by-author/{userId}")
    PostPage postsByAuthor(@HeaderParam("Authorization") String authorization, @PathParam("userId") UUID userId,
                           @QueryParam("after") String after, @QueryParam("limit") Integer limit);

    /**
     * The first page of each member's posts the caller may see, newest first, as {@link #postsByAuthor} answers it:
     * one entry per id, in the order asked. {@code ids}: 1–100 distinct user ids; {@code limit} 1–100 (20).
     */
    @GET
    @Path("posts/by-author")
    List<AuthorPosts> postsByAuthors(@HeaderParam("Authorization") String authorization, @QueryParam("ids") String ids,
                                     @QueryParam("limit") Integer limit);

    /**
     * The first direct replies of each post, oldest first, as the post's thread shows them: an entry for each post the
     * caller may see, in the order asked (the others left out). {@code ids}: 1–100 distinct post ids; {@code limit} 1–100 (20).
     */
    @GET
    @Path("posts/replies")
    List<PostReplies> replies(@HeaderParam("Authorization") String authorization, @QueryParam("ids") String ids,
                              @QueryParam("limit") Integer limit);

    /**
     * One page of a post's direct replies the caller may see, oldest first, as the thread and {@link #replies} show them
     * (tombstones in place): {@code after} the {@code nextCursor} of the page before (or of the post's
     * {@link PostReplies} entry), {@code limit} 1–100 (20). 404 when the caller may not see the post; 400 for a
     * cursor content did not give out.
     */
    @GET
    @Path("posts/{id}/replies")
    PostPage repliesOf(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
                       @QueryParam("after") String after, @QueryParam("limit") Integer limit);

    /** A post with its ancestors and replies. */
    @GET
    @Path("posts/{id}/thread")
    Thread thread(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /** A post's edit history, oldest first, the current version last; for whoever may see the post. */
    @GET
    @Path("posts/{id}/versions")
    List<ContentVersion> postVersions(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /** Creates a draft article (201). */
    @POST
    @Path("articles")
    @Consumes(MediaType.APPLICATION_JSON)
    Article createArticle(@HeaderParam("Authorization") String authorization, ArticleDraft draft);

    /** Edits one's own article; publishes {@code content.article.updated} when it is published. */
    @PATCH
    @Path("articles/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Article editArticle(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
                        ArticleEdit edit);

    /** Publishes one's own draft (idempotent for a published one); the slug is fixed. Publishes {@code content.article.published}. */
    @POST
    @Path("articles/{id}/publish")
    Article publishArticle(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /** Deletes one's own article. Publishes {@code content.article.deleted} (for a published one). */
    @DELETE
    @Path("articles/{id}")
    void deleteArticle(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /** One article; a draft only to its author, else 404. */
    @GET
    @Path("articles/{id}")
    Article article(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /** A published article by its slug (a draft's provisional slug only to its author). */
    @GET
    @Path("articles/by-slug/{slug}")
    Article articleBySlug(@HeaderParam("Authorization") String authorization, @PathParam("slug") String slug);

    /** A member's published articles, newest first; the author also gets their drafts. */
    @GET
    @Path("articles/by-author/{userId}")
    ArticlePage articlesByAuthor(@HeaderParam("Authorization") String authorization,
                                 @PathParam("userId") UUID userId, @QueryParam("after") String after,
                                 @QueryParam("limit") Integer limit);

    /** An article's edit history, oldest first. */
    @GET
    @Path("articles/{id}/versions")
    List<ContentVersion> articleVersions(@HeaderParam("Authorization") String authorization,
                                         @PathParam("id") UUID id);

    /** Comments on a post or article the caller may see (201). Publishes {@code content.comment.created}. */
    @POST
    @Path("comments")
    @Consumes(MediaType.APPLICATION_JSON)
    Comment createComment(@HeaderParam("Authorization") String authorization, CommentDraft draft);

    /** Edits one's own comment; the previous version is kept. */
    @PATCH
    @Path("comments/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Comment editComment(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
                        CommentEdit edit);

    /** Deletes one's own comment (a tombstone keeps its replies readable). Publishes {@code content.comment.deleted}. */
    @DELETE
    @Path("comments/{id}")
    void deleteComment(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /** A target's comments in thread order; 404 when the caller may not see the target. */
    @GET
    @Path("comments")
    CommentPage comments(@HeaderParam("Authorization") String authorization,
                         @QueryParam("targetType") String targetType, @QueryParam("targetId") UUID targetId,
                         @QueryParam("after") String after, @QueryParam("limit") Integer limit);

    /** A comment's edit history, oldest first. */
    @GET
    @Path("comments/{id}/versions")
    List<ContentVersion> commentVersions(@HeaderParam("Authorization") String authorization,
                                         @PathParam("id") UUID id);
}
