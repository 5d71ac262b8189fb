package nova.contracts.content;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** {@code content.comment.deleted}: the author deleted the comment (a tombstone stays in the thread). */
public record CommentDeleted(UUID commentId, UUID authorId, String targetType, UUID targetId, Instant deletedAt)
        implements CommentEvent {

    public static final String TYPE = "content.comment.deleted";

    /** Refuses a payload without what every consumer relies on. */
    public CommentDeleted {
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(deletedAt, "deletedAt");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
