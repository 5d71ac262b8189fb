package nova.gateway.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nova.contracts.content.PostPage;
import nova.contracts.content.PostReplies;
import nova.gateway.infra.Batched;
import nova.gateway.infra.Paging;
import nova.gateway.infra.Requester;

/**
 * The direct replies of every post one request answered, fetched together: the first {@code replies} field asks content
 * once ({@code GET /posts/replies?ids=}) for every post answered so far (a feed page, a thread, a profile's posts), the
 * others find their answer here; replies made that way register as posts too, so their own replies cost one call more
 * (one per level of nesting, never one per post). A post content leaves out (one the caller may not see: a tombstone)
 * or with more than {@value #LIMIT} direct replies is read from its thread, as before batching: the same answer, the
 * same {@code NOT_FOUND}.
 * <p>
 * {@code directReplies} (the connection) is batched the same way, one batch per page size ({@code a: directReplies(first:
 * 1) b: directReplies(first: 5)} is two calls, each for every post, never a page of the wrong size); the batch entry's
 * {@code nextCursor} is the connection's {@code endCursor}. A page asked with {@code after} (a cursor belongs to one
 * post) is its own call, {@code GET /posts/{id}/replies?after=}, through {@link Paging} like every connection, as is a
 * post content leaves out of the batch (its {@code NOT_FOUND}).
 */
final class ReplyBatch {

    /** The most direct replies one post's batch entry holds. */
    static final int LIMIT = 100;

    private final Batched<PostReplies> first = new Batched<>(PostReplies::postId, ContentClient.MAX_IDS);
    private final Map<Integer, Batched<PostReplies>> firstPages = new HashMap<>();

    static ReplyBatch of(Requester requester) {
        return requester.shared(ReplyBatch.class, ReplyBatch::new);
    }

    List<Post> replies(Post post, ContentClient content) {
        Requester requester = post.requester();
        PostReplies found = first.get(post.postId(), post::answeredWithIt,
                ids -> content.replies(requester.authorization(), ids, LIMIT));
        if (found == null || found.more()) {
            var thread = content.thread(requester.authorization(), post.postId());
            return thread.descendants().stream().filter(reply -> post.postId().equals(reply.replyToId()))
                    .map(reply -> new Post(reply, requester)).toList();
        }
        return found.items().stream().map(reply -> new Post(reply, requester)).toList();
    }

    private synchronized Batched<PostReplies> firstPages(int size) {
        return firstPages.computeIfAbsent(size, s -> new Batched<>(PostReplies::postId, ContentClient.MAX_IDS));
    }

    /**
     * A page of {@code post}'s direct replies: the first (no {@code after}) from the batch of its page size, any other
     * on its own. {@code first} out of 1-100 is {@code VALIDATION_FAILED} without a call.
     */
    PostConnection directReplies(Post post, ContentClient content, Integer first, String after) {
        Integer limit = Pages.first(first);
        Requester requester = post.requester();
        String authorization = requester.authorization();
        if (after == null) {
            int size = limit == null ? Paging.DEFAULT_FIRST : limit;
            PostReplies found = firstPages(size).get(post.postId(), post::answeredWithIt,
                    ids -> content.replies(authorization, ids, size));
            // left out (not readable: the single path's NOT_FOUND), or more without a cursor (a content older than
            // the cursor): the single path answers
            if (found != null && !(found.more() && found.nextCursor() == null)) {
                return connection(found.items(), found.more() ? found.nextCursor() : null, Paging.Window.FIRST,
                        requester);
            }
        }
        var paged = Paging.fetch(limit, after, (a, n) -> content.repliesOf(authorization, post.postId(), a, n),
                PostPage::items, PostPage::nextCursor, PostPage::new);
        return connection(paged.page().items(), paged.page().nextCursor(), paged.window(), requester);
    }

    private static PostConnection connection(List<nova.contracts.content.Post> items, String next, Paging.Window window,
                                             Requester requester) {
        return new PostConnection(items.stream().map(reply -> new Post(reply, requester)).toList(), next,
                window.cursors(items.size(), next));
    }
}
