package nova.contracts.social;

import java.util.UUID;

/** A post's like and share counts (exact), and whether the caller liked or shared it. */
public record PostEngagement(UUID postId, long likes, long shares, boolean likedByMe, boolean sharedByMe) {
}
