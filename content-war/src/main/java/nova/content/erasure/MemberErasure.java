package nova.content.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;
import nova.content.article.ArticleErasure;
import nova.content.comment.CommentErasure;
import nova.content.moderation.ModeratedItems;
import nova.content.post.PostErasure;
import nova.platform.events.SagaStep;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * content's step in the sagas (consumer group {@code nova.content.saga} on {@code nova.events}). Erase: every post,
 * article and comment of the member is deleted (tombstones without text, {@code content.*.deleted} published, so
 * feeds and search drop them too), and what remains is hidden as {@code user.deleted} hides it. Hide (a ban) and
 * restore (its end): the author's items are hidden and shown again, as {@code user.banned}/{@code unbanned} do
 * ({@link ModeratedItems#suspendAuthor}; what a moderator hid stays hidden). Each is idempotent.
 */
@ApplicationScoped
public class MemberErasure extends SagaStep {

    private static final Logger LOG = Logger.getLogger(MemberErasure.class.getName());

    @Inject
    PostErasure posts;

    @Inject
    ArticleErasure articles;

    @Inject
    CommentErasure comments;

    @Inject
    ModeratedItems items;

    @Incoming("saga")
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return receive(message);
    }

    @Override
    protected void erase(UUID userId, String username, Connection transaction) {
        int deleted = posts.eraseAllOf(userId) + articles.eraseAllOf(userId) + comments.eraseAllOf(userId);
        items.suspendAuthor(userId, true);
        LOG.log(Level.INFO, "Erased member {0}: {1} item(s) deleted", new Object[] {userId, deleted});
    }

    @Override
    protected void hide(UUID userId, Connection transaction) {
        items.suspendAuthor(userId, true);
    }

    @Override
    protected void restore(UUID userId, Connection transaction) {
        items.suspendAuthor(userId, false);
    }
}
