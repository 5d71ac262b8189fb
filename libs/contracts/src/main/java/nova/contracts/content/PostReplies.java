package nova.contracts.content;

import java.util.List;
import java.util.UUID;

/**
 * The first direct replies to one post, oldest first (the thread's order), tombstones in place, replies the caller may
 * not see left out: one entry of {@code GET /posts/replies?ids=…&limit=n}. {@code more} says the post has further
 * direct replies the caller may see; {@code nextCursor} (opaque, null when there are none) is the {@code after} of the
 * next page, {@code GET /posts/{id}/replies?after=…} ({@link ContentApi#repliesOf}). One constructor only: JSON-B
 * (Yasson) refuses to read a record with several ("Multiple constructors found").
 */
public record PostReplies(UUID postId, List<Post> items, boolean more, String nextCursor) {

    public PostReplies {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
