package nova.contracts.content;

import java.time.Instant;
import java.util.UUID;

/**
 * A comment. {@code depth} is 0 for a top-level comment and below {@code nova.content.comment.max-depth}
 * (default 8); {@code state} as {@link Post#state()}. A tombstone (deleted, hidden or removed) keeps the thread
 * readable: {@code id}, {@code parentId}, {@code depth}, {@code state} and {@code createdAt} stay, {@code authorId}
 * is null and {@code text} empty.
 */
public record Comment(UUID id, String targetType, UUID targetId, UUID parentId, UUID authorId, String text,
                      int depth, String state, Instant createdAt, Instant editedAt) {
}
