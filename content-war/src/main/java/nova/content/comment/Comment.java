package nova.content.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nova.content.item.ContentItem;
import nova.content.version.StoredVersion;
import nova.contracts.content.CommentCreated;
import nova.contracts.content.CommentDeleted;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A comment on a post or an article, or a reply to another comment there. Its business methods return the event
 * each change caused. The author, tombstone, version and moderation columns are {@link ContentItem}'s.
 */
@Entity
@Table(name = "comments")
@DynamicUpdate
public class Comment extends ContentItem {

    public static final String ITEM_TYPE = "comment";

    @Column(name = "target_type", nullable = false, updatable = false)
    private String targetType;

    @Column(name = "target_id", nullable = false, updatable = false)
    private UUID targetId;

    @Column(name = "target_author_id", nullable = false, updatable = false)
    private UUID targetAuthorId;

    @Column(name = "parent_id", updatable = false)
    private UUID parentId;

    @Column(name = "text", nullable = false)
    private String text;

    @Column(name = "depth", nullable = false, updatable = false)
    private int depth;

    @Column(name = "path", nullable = false, updatable = false)
    private String path;

    protected Comment() {
    }

    /**
     * A new comment on the target ({@code targetAuthorId} wrote it), answering {@code parent} (or null for a
     * top-level comment), whose depth the caller has checked against the cap.
     */
    static Comment write(UUID id, UUID authorId, String targetType, UUID targetId, UUID targetAuthorId, Comment parent,
                         String text, Instant now) {
        Comment comment = new Comment();
        comment.begin(id, authorId, now);
        comment.targetType = targetType;
        comment.targetId = targetId;
        comment.targetAuthorId = targetAuthorId;
        comment.text = text;
        String key = ThreadOrder.key(now, id);
        if (parent == null) {
            comment.depth = 0;
            comment.path = key;
        } else {
            comment.parentId = parent.id();
            comment.depth = parent.depth + 1;
            comment.path = parent.path + "/" + key;
        }
        return comment;
    }

    /** What its creation tells the other contexts; {@code parentAuthorId} wrote the comment answered (or null). */
    CommentCreated created(UUID parentAuthorId) {
        return new CommentCreated(id(), authorId(), targetType, targetId, targetAuthorId, parentId, parentAuthorId, text,
                createdAt());
    }

    /** Changes the text; false when it is the same (then no version). */
    boolean edit(String newText, Instant now) {
        if (newText.equals(text)) {
            return false;
        }
        text = newText;
        edited(now);
        return true;
    }

    /** Tombstones the comment: its text goes, its place (and so its replies) stays. */
    CommentDeleted delete(Instant now) {
        markDeleted(now);
        text = "";
        return new CommentDeleted(id(), authorId(), targetType, targetId, now);
    }

    @Override
    public String itemType() {
        return ITEM_TYPE;
    }

    @Override
    public String moderatedText() {
        return text;
    }

    boolean shown() {
        return VISIBLE.equals(state());
    }

    boolean on(String type, UUID target) {
        return targetType.equals(type) && targetId.equals(target);
    }

    /** The comment as readers see it: whole while visible, else a tombstone without author or text. */
    nova.contracts.content.Comment view() {
        String shown = state();
        if (!VISIBLE.equals(shown)) {
            return new nova.contracts.content.Comment(id(), targetType, targetId, parentId, null, "", depth, shown,
                    createdAt(), null);
        }
        return new nova.contracts.content.Comment(id(), targetType, targetId, parentId, authorId(), text, depth, VISIBLE,
                createdAt(), editedAt());
    }

    StoredVersion currentVersion() {
        return new StoredVersion(ITEM_TYPE, id(), version(), null, text, null, null, List.of(),
                editedAt() != null ? editedAt() : createdAt());
    }

    int depth() {
        return depth;
    }

    String path() {
        return path;
    }

    String targetType() {
        return targetType;
    }

    UUID targetId() {
        return targetId;
    }

    Optional<UUID> parentId() {
        return Optional.ofNullable(parentId);
    }
}
