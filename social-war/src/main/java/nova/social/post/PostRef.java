package nova.social.post;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A post as social knows it (from {@code content.post.created}, or from content's answer when a like or share came
 * first): who wrote it, who may see it (visibility, the mentioned), whether it was fanned out or is merged into
 * feeds at read time, and its exact like and share counters, changed only under this row's lock.
 */
@Entity
@Table(name = "post_refs")
// only the changed columns (a counter change never rewrites the rest)
@DynamicUpdate
public class PostRef {

    @Id
    @Column(name = "post_id")
    private UUID postId;

    @Column(name = "author_id")
    private UUID authorId;

    private String visibility;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private UUID[] mentions;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "fanned_out")
    private boolean fannedOut;

    private long likes;

    private long shares;

    private boolean deleted;

    protected PostRef() {
    }

    public UUID postId() {
        return postId;
    }

    public UUID authorId() {
        return authorId;
    }

    public String visibility() {
        return visibility;
    }

    public boolean mentions(UUID userId) {
        return mentions != null && Arrays.asList(mentions).contains(userId);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public long likes() {
        return likes;
    }

    public long shares() {
        return shares;
    }

    /** Public and unlisted posts may be shared; a followers-only or direct one would reach people it was not for. */
    public boolean shareable() {
        return "public".equals(visibility) || "unlisted".equals(visibility);
    }

    /** Whether {@code viewer} may see it in a feed: the author, anyone for public/unlisted, followers, the mentioned. */
    public boolean visibleInFeedOf(UUID viewer, boolean viewerFollowsAuthor) {
        if (authorId.equals(viewer)) {
            return true;
        }
        return switch (visibility) {
            case "public", "unlisted" -> viewerFollowsAuthor;
            case "followers" -> viewerFollowsAuthor;
            default -> viewerFollowsAuthor && mentions(viewer);
        };
    }

    public void liked(int change) {
        likes = Math.max(0, likes + change);
    }

    public void shared(int change) {
        shares = Math.max(0, shares + change);
    }

    public void mergedAtReadTime() {
        fannedOut = false;
    }

    public void delete() {
        deleted = true;
    }
}
