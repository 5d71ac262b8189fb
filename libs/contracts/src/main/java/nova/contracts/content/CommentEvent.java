package nova.contracts.content;

import java.util.UUID;
import nova.contracts.event.DomainEvent;

/** Every event about a comment. Subject and record key: the comment id; each names the author and the target. */
public sealed interface CommentEvent extends DomainEvent permits CommentCreated, CommentDeleted {

    /** The comment the event is about. */
    UUID commentId();

    /** The member who wrote it. */
    UUID authorId();

    @Override
    default String aggregateType() {
        return "comment";
    }

    @Override
    default String aggregateId() {
        return commentId().toString();
    }
}
