package nova.contracts.social;

import java.time.Instant;
import java.util.UUID;
import nova.contracts.event.DomainEvent;

/**
 * Every event about a member's like or share of a post. Subject and record key: the post, so one post's
 * engagement stays in order; each names the post's author so notifications and trending need not call back.
 */
public sealed interface EngagementEvent extends DomainEvent permits LikeCreated, LikeRemoved, ShareCreated, ShareRemoved {

    /** The post liked or shared. */
    UUID postId();

    /** The post's author. */
    UUID postAuthorId();

    /** The member who liked or shared. */
    UUID userId();

    Instant at();

    @Override
    default String aggregateType() {
        return "post";
    }

    @Override
    default String aggregateId() {
        return postId().toString();
    }
}
