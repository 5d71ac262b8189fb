package nova.gateway.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nova.contracts.content.PostPage;
import nova.gateway.infra.Paging;
import nova.gateway.infra.Requester;
import nova.gateway.infra.Requesters;
import nova.gateway.infra.ReportsErrors;
import nova.gateway.infra.UserIds;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * Posts, answered by the content context with the caller's own token: every one of these needs
 * {@code Authorization}, and without it answers {@code UNAUTHENTICATED} without calling anyone. What the caller
 * may see is the content context's to decide (a post they may not see is {@code NOT_FOUND}, never
 * {@code FORBIDDEN}).
 */
@GraphQLApi
@ApplicationScoped
@ReportsErrors
public class PostOperations {

    /** The content context's bound on an {@code Idempotency-Key}. */
    static final int MAX_IDEMPOTENCY_KEY = 255;

    @Inject
    Requesters requesters;

    @Inject
    ContentClient content;

    @Mutation("createPost")
    @Description("Writes a post. Send the same idempotencyKey again (within 24 hours) after a lost answer and you get "
            + "the post the first request made, not a second one; CONFLICT if the key was used with another input. "
            + "VALIDATION_FAILED (+fieldErrors) for bad input: text too long, more than 4 media, media not yours or "
            + "not processed yet, a reply or quote target you cannot see; ACCOUNT_SUSPENDED when banned; "
            + "UNAVAILABLE when a context it needs is down (nothing written)")
    public @NonNull Post createPost(@Name("input") @NonNull PostInput input,
                                    @Name("idempotencyKey") String idempotencyKey) {
        Requester requester = requesters.current();
        String authorization = requester.authorization();
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY)) {
            throw ContentIds.invalid("idempotencyKey", "must be 1-" + MAX_IDEMPOTENCY_KEY + " characters");
        }
        return new Post(content.createPost(authorization, idempotencyKey, input.toDraft()), requester);
    }

    @Mutation("editPost")
    @Description("Changes your post; the previous version stays in editHistory. FORBIDDEN for someone else's, "
            + "NOT_FOUND for one you cannot see")
    public @NonNull Post editPost(@Name("id") @Id @NonNull String id, @Name("input") @NonNull PostEditInput input) {
        Requester requester = requesters.current();
        String authorization = requester.authorization();
        return new Post(content.editPost(authorization, ContentIds.existing(id, "post"), input.toEdit()), requester);
    }

    @Mutation("deletePost")
    @Description("Deletes your post: it stays in its thread as a tombstone. FORBIDDEN for someone else's, "
            + "NOT_FOUND if unknown or deleted already")
    public boolean deletePost(@Name("id") @Id @NonNull String id) {
        Requester requester = requesters.current();
        String authorization = requester.authorization();
        content.deletePost(authorization, ContentIds.existing(id, "post"));
        return true;
    }

    @Query("post")
    @Description("A post by id; NOT_FOUND if there is none you may see")
    public Post post(@Name("id") @Id @NonNull String id) {
        Requester requester = requesters.current();
        String authorization = requester.authorization();
        return new Post(content.post(authorization, ContentIds.existing(id, "post")), requester);
    }

    @Query("posts")
    @Description("Posts by id, at most " + ContentClient.MAX_IDS + ", in the order asked, each once; the ones you may "
            + "not see (or that do not exist) are left out")
    public @NonNull List<@NonNull Post> posts(@Name("ids") @NonNull List<@NonNull String> ids) {
        Requester requester = requesters.current();
        String authorization = requester.authorization();
        List<UUID> parsed = new ArrayList<>(new LinkedHashSet<>(ids.stream().map(ContentIds::tryParse)
                .flatMap(Optional::stream).toList()));
        if (parsed.size() > ContentClient.MAX_IDS) {
            throw ContentIds.invalid("ids", "at most " + ContentClient.MAX_IDS);
        }
        if (parsed.isEmpty()) {
            return List.of();
        }
        return content.posts(authorization, parsed).stream().map(p -> new Post(p, requester)).toList();
    }

    @Query("thread")
    @Description("A post with the posts it answers (root first) and its replies (depth first, at most 200); "
            + "deleted and hidden ones stay in place as tombstones. NOT_FOUND if you may not see the post")
    public PostThread thread(@Name("postId") @Id @NonNull String postId) {
        Requester requester = requesters.current();
        String authorization = requester.authorization();
        return new PostThread(content.thread(authorization, ContentIds.existing(postId, "post")), requester);
    }

    @Query("postsByAuthor")
    @Description("A member's posts you may see, replies included, newest first: 'first' per page (1-"
            + Pages.MAX_PAGE + ", 20 when left out), 'after' the endCursor of the page before")
    public @NonNull PostConnection postsByAuthor(@Name("userId") @Id @NonNull String userId,
                                                 @Name("first") Integer first, @Name("after") String after) {
        Requester requester = requesters.current();
        String authorization = requester.authorization();
        Integer limit = Pages.first(first);
        UUID author = UserIds.parse(userId);
        var paged = Paging.fetch(limit, after, (a, n) -> content.postsByAuthor(authorization, author, a, n),
                PostPage::items, PostPage::nextCursor, PostPage::new);
        PostPage page = paged.page();
        return new PostConnection(page.items().stream().map(p -> new Post(p, requester)).toList(), page.nextCursor(),
                paged.window().cursors(page.items().size(), page.nextCursor()));
    }

}
