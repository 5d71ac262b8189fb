package nova.social.engagement;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The primary key of a like or a share: the post and the member. */
public class EngagementKey implements Serializable {

    private UUID postId;
    private UUID userId;

    public EngagementKey() {
    }

    public EngagementKey(UUID postId, UUID userId) {
        this.postId = postId;
        this.userId = userId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EngagementKey key && Objects.equals(postId, key.postId) && Objects.equals(userId, key.userId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(postId, userId);
    }
}
