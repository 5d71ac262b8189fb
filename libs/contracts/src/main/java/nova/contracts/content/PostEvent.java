package nova.contracts.content;

import java.util.UUID;
import nova.contracts.event.DomainEvent;

/**
 * Every event about a post. Subject and record key: the post id, so one post's events stay in order; each names
 * the author ({@code authorId}) so consumers need not call back.
 */
public sealed interface PostEvent extends DomainEvent permits PostCreated, PostUpdated, PostDeleted {

    /** The post the event is about. */
    UUID postId();

    /** The member who wrote it. */
    UUID authorId();

    @Override
    default String aggregateType() {
        return "post";
    }

    @Override
    default String aggregateId() {
        return postId().toString();
    }
}
