package nova.gateway.content;

import java.util.List;
import nova.contracts.content.PostReplies;
import nova.gateway.infra.Batched;
import nova.gateway.infra.Requester;

/**
 * The direct replies of every post one request answered, fetched together: the first {@code replies} field asks content
 * once ({@code GET /posts/replies?ids=}) for every post answered so far (a feed page, a thread, a profile's posts), the
 * others find their answer here; replies made that way register as posts too, so their own replies cost one call more
 * (one per level of nesting, never one per post). A post content leaves out (one the caller may not see: a tombstone)
 * or with more than {@value #LIMIT} direct replies is read from its thread, as before batching: the same answer, the
 * same {@code NOT_FOUND}.
 */
final class ReplyBatch {

    /** The most direct replies one post's batch entry holds. */
    static final int LIMIT = 100;

    private final Batched<PostReplies> first = new Batched<>(PostReplies::postId, ContentClient.MAX_IDS);

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
}
