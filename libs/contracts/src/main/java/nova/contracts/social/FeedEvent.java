package nova.contracts.social;

import java.util.UUID;
import nova.contracts.event.DomainEvent;

/** Every event about home feeds. Subject and record key: the post that reached them. */
public sealed interface FeedEvent extends DomainEvent permits FeedUpdated {

    /** The post fanned out. */
    UUID postId();

    @Override
    default String aggregateType() {
        return "feed";
    }

    @Override
    default String aggregateId() {
        return postId().toString();
    }
}
