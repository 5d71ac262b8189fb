package nova.contracts.content;

import java.util.UUID;

/**
 * A new comment on a post or article ({@code targetType} {@code post} or {@code article}) the author may see;
 * {@code parentId} is the comment it answers (on the same target) or null for a top-level comment; {@code text}
 * 1–2000 characters.
 */
public record CommentDraft(String targetType, UUID targetId, UUID parentId, String text) {
}
