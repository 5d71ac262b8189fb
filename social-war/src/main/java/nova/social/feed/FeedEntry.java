package nova.social.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nova.contracts.social.FeedItem;

/**
 * One post in one member's home feed. Written set-based by {@link FeedEntries} (fan-out), read and removed here
 * through JPA.
 */
@Entity
@Table(name = "feeds")
@IdClass(FeedEntry.Key.class)
public class FeedEntry {

    /** The primary key: a post is in a feed once. */
    public static class Key implements Serializable {
        private UUID userId;
        private UUID postId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(userId, key.userId) && Objects.equals(postId, key.postId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, postId);
        }
    }

    @Id
    @Column(name = "user_id")
    private UUID userId;

    @Id
    @Column(name = "post_id")
    private UUID postId;

    @Column(name = "author_id")
    private UUID authorId;

    @Column(name = "shared_by")
    private UUID sharedBy;

    private Instant at;

    protected FeedEntry() {
    }

    public FeedItem view() {
        return new FeedItem(postId, authorId, sharedBy, at);
    }
}
