package nova.contracts.content;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** {@code content.post.deleted}: the author deleted the post (it stays a tombstone in threads); whoever shows it stops. */
public record PostDeleted(UUID postId, UUID authorId, Instant deletedAt) implements PostEvent {

    public static final String TYPE = "content.post.deleted";

    /** Refuses a payload without what every consumer relies on. */
    public PostDeleted {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(deletedAt, "deletedAt");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
