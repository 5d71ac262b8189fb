package nova.communication.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import nova.contracts.content.CommentCreated;
import nova.contracts.content.PostCreated;
import nova.platform.events.ReceivedEvent;
import nova.platform.events.Subscriber;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Content's events (consumer group {@code nova.communication.content} on {@code nova.content}): the members a new
 * post mentions, the author of the post it replies to, the authors of what a comment answers, and the author of an
 * item a moderator hid, removed or restored are notified. {@code content.item.moderated} is read from its payload's
 * fields ({@code itemType, itemId, authorId, action}): its record lives on the moderation branch.
 */
@ApplicationScoped
public class ContentIntake extends Subscriber {

    static final String ITEM_MODERATED = "content.item.moderated";
    static final Set<String> TYPES = Set.of(PostCreated.TYPE, CommentCreated.TYPE, ITEM_MODERATED);

    @Inject
    Notifier notifier;

    public ContentIntake() {
        super("content", "nova.content", TYPES);
    }

    @Incoming("content")
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return receive(message);
    }

    @Override
    public void handle(ReceivedEvent received, Connection transaction) {
        switch (received.type()) {
            case PostCreated.TYPE -> posted(received.data(PostCreated.class));
            case CommentCreated.TYPE -> commented(received.data(CommentCreated.class));
            case ITEM_MODERATED -> moderated(received.event().data());
            default -> {
            }
        }
    }

    private void posted(PostCreated post) {
        for (UUID mentioned : new LinkedHashSet<>(post.mentionIds())) {
            notifier.notify(new Notifier.Happening(mentioned, "mention", "mention", "post", post.postId(),
                    post.authorId(), null));
        }
        if (post.replyToId() != null && post.replyToAuthorId() != null && !post.mentionIds().contains(post.replyToAuthorId())) {
            notifier.notify(new Notifier.Happening(post.replyToAuthorId(), "comment", "reply", "post", post.replyToId(),
                    post.authorId(), null));
        }
    }

    private void commented(CommentCreated comment) {
        if (comment.parentId() != null && comment.parentAuthorId() != null) {
            notifier.notify(new Notifier.Happening(comment.parentAuthorId(), "comment", "reply", "comment",
                    comment.parentId(), comment.authorId(), null));
        }
        if (comment.targetAuthorId() != null && !comment.targetAuthorId().equals(comment.parentAuthorId())) {
            notifier.notify(new Notifier.Happening(comment.targetAuthorId(), "comment", "reply", comment.targetType(),
                    comment.targetId(), comment.authorId(), null));
        }
    }

    private void moderated(JsonObject data) {
        String action = data.getString("action", null);
        String itemType = data.getString("itemType", "post");
        String itemId = data.getString("itemId", null);
        String authorId = data.getString("authorId", null);
        if (itemId == null || authorId == null) {
            return;
        }
        notifier.notify(new Notifier.Happening(UUID.fromString(authorId), "moderation", null, itemType,
                UUID.fromString(itemId), null, action));
    }
}
