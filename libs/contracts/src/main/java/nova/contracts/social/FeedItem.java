package nova.contracts.social;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a home feed: the post and its author; {@code sharedBy} is the member whose share brought it
 * (null unless it came as a share: a post appears once however many followings shared it); {@code at} is when
 * it entered the feed (the post's creation, or the share's), the feed's order.
 */
public record FeedItem(UUID postId, UUID authorId, UUID sharedBy, Instant at) {
}
