package nova.contracts.content;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code content.comment.created}: a comment on a post or article ({@code targetType} {@code post} or
 * {@code article}); {@code targetAuthorId} wrote the target, {@code parentAuthorId} the comment answered (null for
 * a top-level comment), so notifications need not call back.
 */
public record CommentCreated(UUID commentId, UUID authorId, String targetType, UUID targetId, UUID targetAuthorId,
                             UUID parentId, UUID parentAuthorId, String text, Instant createdAt)
        implements CommentEvent {

    public static final String TYPE = "content.comment.created";

    /** Refuses a payload without what every consumer relies on. */
    public CommentCreated {
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(targetAuthorId, "targetAuthorId");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
