package nova.contracts.content;

import java.util.List;
import java.util.UUID;

/**
 * The first page of one member's posts, as {@code GET /posts/by-author/{userId}} answers it, inside the answer of
 * {@code GET /posts/by-author?ids=…&limit=n} (one per member asked, in the order asked); {@code nextCursor} continues
 * it on the single-member path, null on the last page.
 */
public record AuthorPosts(UUID authorId, List<Post> items, String nextCursor) {

    public AuthorPosts {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
